import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildCustomersSchema } from './schema';

emitSchemaMain(() => buildCustomersSchema(), path.resolve(__dirname, '..'));
