import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { customersSubgraph } from './server';

runSubgraph(customersSubgraph);
