import './instrumentation';
import { runDeployable } from '@pm/observability';
import { loadAppraisalConfig } from './config';
import { startAppraisal } from './server';

runDeployable('appraisal', () => loadAppraisalConfig(), startAppraisal);
