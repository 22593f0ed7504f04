import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildBillingSchema } from './schema';

emitSchemaMain(() => buildBillingSchema(), path.resolve(__dirname, '..'));
