import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadTenancyConfig } from './config';
import { startTenancy } from './server';

runDeployable('tenancy', () => loadTenancyConfig(), startTenancy);
