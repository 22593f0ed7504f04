import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildWebhooksSchema } from './schema';

emitSchemaMain(() => buildWebhooksSchema(), path.resolve(__dirname, '..'));
