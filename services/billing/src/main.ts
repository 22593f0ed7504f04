import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { billingSubgraph } from './server';

runSubgraph(billingSubgraph);
