import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadBillingConfig } from './config';
import { startBilling } from './server';

runDeployable(
  'billing',
  () => loadBillingConfig(),
  (config, log) => startBilling(config, log),
);
