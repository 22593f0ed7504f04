import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadCustomersConfig } from './config';
import { startCustomers } from './server';

runDeployable('customers', () => loadCustomersConfig(), startCustomers);
