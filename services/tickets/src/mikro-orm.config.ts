import { PropertyProjection, StaffProjection, UnitProjection } from './projection/projection.entities';
import { SlaDeadline, Ticket, TicketEvent } from './ticket/ticket.entity';
import { PriceItem } from './price/price.entity';
import { Visit, VisitTask } from './visit/visit.entity';
import { PatrolRound } from './patrol/patrol.entity';
import { Migration20261127100000 } from './migrations/Migration20261127100000';
import { Migration20261127110000 } from './migrations/Migration20261127110000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207100003 } from './migrations/Migration20261207100003';
import { StoredDocument } from '@pm/documents';
import { ScheduledJob } from '@pm/jobs';

export const entities = [
  StoredDocument,
  ScheduledJob,
  PropertyProjection,
  UnitProjection,
  StaffProjection,
  Ticket,
  TicketEvent,
  SlaDeadline,
  PriceItem,
  VisitTask,
  Visit,
  PatrolRound,
];
export const migrations = [
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261127110000', class: Migration20261127110000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207100003', class: Migration20261207100003 },
];
