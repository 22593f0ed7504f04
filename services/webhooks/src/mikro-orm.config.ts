import { Webhook } from './webhook/webhook.entity';
import { Migration20261207130001 } from './migrations/Migration20261207130001';

export const entities = [Webhook];
export const migrations = [{ name: 'Migration20261207130001', class: Migration20261207130001 }];
