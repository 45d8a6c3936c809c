import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { Loading } from '../ui/Loading';
import { AppRoutes } from './routes';
import { Layout } from './Layout';

export function App() {
  return (
    <Suspense fallback={<Loading />}>
      <BrowserRouter>
        <Layout>
          <AppRoutes />
        </Layout>
      </BrowserRouter>
    </Suspense>
  );
}
