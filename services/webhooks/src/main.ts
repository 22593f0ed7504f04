import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { webhooksSubgraph } from './server';

runSubgraph(webhooksSubgraph);
