import path from 'path';
import { emitSchemaMain } from '@pm/graphql';
import { buildTenancySchema } from './schema';

emitSchemaMain(() => buildTenancySchema(), path.resolve(__dirname, '..'));
