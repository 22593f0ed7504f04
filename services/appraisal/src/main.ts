import './instrumentation';
import { runSubgraph } from '@pm/runtime';
import { appraisalSubgraph } from './server';

runSubgraph(appraisalSubgraph);
