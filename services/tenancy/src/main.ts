import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { tenancySubgraph } from './server';

runSubgraph(tenancySubgraph);
