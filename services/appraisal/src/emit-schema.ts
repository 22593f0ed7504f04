import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildAppraisalSchema } from './schema';

emitSchemaMain(() => buildAppraisalSchema(), path.resolve(__dirname, '..'));
