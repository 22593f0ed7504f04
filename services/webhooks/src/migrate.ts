import { migrateMain } from '@pm/db';
import { entities, migrations } from './mikro-orm.config';

migrateMain('webhooks', { entities, migrations });
