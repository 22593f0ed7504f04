import { migrateMain } from '@pm/db';
import { entities, migrations } from './mikro-orm.config';

migrateMain('tenancy', { entities, migrations });
