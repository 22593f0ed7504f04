import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadTicketsConfig } from './config';
import { startTickets } from './server';

runDeployable('tickets', () => loadTicketsConfig(), startTickets);
