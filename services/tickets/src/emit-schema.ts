import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildTicketsSchema } from './schema';

emitSchemaMain(() => buildTicketsSchema(), path.resolve(__dirname, '..'));
