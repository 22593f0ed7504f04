import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { ticketsSubgraph } from './server';

runSubgraph(ticketsSubgraph);
