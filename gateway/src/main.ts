import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadGatewayConfig } from './config';
import { startGateway } from './gateway';

runDeployable('gateway', () => loadGatewayConfig(), startGateway);
