// React 19 has useSyncExternalStore built in: libraries that still import the old shim get React's own.
export { useSyncExternalStore } from 'react';
