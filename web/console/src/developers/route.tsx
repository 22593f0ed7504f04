import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import type { ConsoleConfig } from '../config';

// The schema reference parses the whole supergraph: it loads with this route, not with the console.
const DeveloperPage = lazy(() => import('./DeveloperPage'));

/** `/developers`: public, no sign-in; the console's router only names this component. */
export function DeveloperRoute({ config }: { config: ConsoleConfig }) {
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />}>
      <DeveloperPage config={config} />
    </Suspense>
  );
}
