import { Suspense } from 'react';
import { BrowserRouter } from 'react-router';
import { Loading } from '../ui/Loading';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './routes';
import { Layout } from './Layout';

export function App() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>
        <BrowserRouter>
          <Layout>
            <AppRoutes />
          </Layout>
        </BrowserRouter>
      </Suspense>
    </ErrorBoundary>
  );
}
