import { migrateMain } from '@pm/db';
import { entities, migrations } from './mikro-orm.config';

migrateMain('billing', { entities, migrations });
