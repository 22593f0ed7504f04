import { WebhookDelivery } from './delivery/delivery.entity';
import { WebhookEvent } from './event/event.entity';
import { Migration20261207130001 } from './migrations/Migration20261207130001';
import { Migration20261207150006 } from './migrations/Migration20261207150006';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';
import { PropertyProjection } from './projection/projection.entities';
import { WebhookSubscription } from './subscription/subscription.entity';

export const entities = [WebhookSubscription, WebhookEvent, WebhookDelivery, PropertyProjection];
export const migrations = [
  { name: 'Migration20261207130001', class: Migration20261207130001 },
  { name: 'Migration20261207150006', class: Migration20261207150006 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
