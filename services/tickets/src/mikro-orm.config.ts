import {
  OccupancyProjection,
  PropertyProjection,
  StaffProjection,
  SurveyAnswerProjection,
  UnitProjection,
} from './projection/projection.entities';
import { SlaDeadline, Ticket, TicketEvent } from './ticket/ticket.entity';
import { PriceItem } from './price/price.entity';
import { Visit, VisitTask } from './visit/visit.entity';
import { PatrolRound } from './patrol/patrol.entity';
import { RepairRecheck } from './recheck/recheck.entity';
import { VacantCleaning } from './vacant-cleaning/vacant-cleaning.entity';
import { CustomerRequest } from './request/request.entity';
import { CallRecording } from './recording/recording.entity';
import { CorrectiveAction } from './analysis/analysis.entity';
import { Migration20261127100000 } from './migrations/Migration20261127100000';
import { Migration20261127110000 } from './migrations/Migration20261127110000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261207100003 } from './migrations/Migration20261207100003';
import { Migration20261207120006 } from './migrations/Migration20261207120006';
import { Migration20261207150003 } from './migrations/Migration20261207150003';
import { Migration20261207160000 } from './migrations/Migration20261207160000';
import { Migration20261207180001 } from './migrations/Migration20261207180001';
import { Migration20261207180002 } from './migrations/Migration20261207180002';
import { Migration20261207180003 } from './migrations/Migration20261207180003';
import { Migration20261207180004 } from './migrations/Migration20261207180004';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261209010001 } from './migrations/Migration20261209010001';
import { Migration20261209110001 } from './migrations/Migration20261209110001';
import { Migration20261210020001 } from './migrations/Migration20261210020001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';
import { Migration20261208050001 } from './migrations/Migration20261208050001';
import { ScheduledJob } from '@pm/jobs';
import { StoredDocument } from '@pm/documents';

export const entities = [
  StoredDocument,
  ScheduledJob,
  PropertyProjection,
  UnitProjection,
  StaffProjection,
  SurveyAnswerProjection,
  OccupancyProjection,
  Ticket,
  TicketEvent,
  SlaDeadline,
  PriceItem,
  VisitTask,
  Visit,
  PatrolRound,
  RepairRecheck,
  VacantCleaning,
  CustomerRequest,
  CallRecording,
  CorrectiveAction,
];
export const migrations = [
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261127110000', class: Migration20261127110000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261207100003', class: Migration20261207100003 },
  { name: 'Migration20261207120006', class: Migration20261207120006 },
  { name: 'Migration20261207150003', class: Migration20261207150003 },
  { name: 'Migration20261207160000', class: Migration20261207160000 },
  { name: 'Migration20261207180001', class: Migration20261207180001 },
  { name: 'Migration20261207180002', class: Migration20261207180002 },
  { name: 'Migration20261207180003', class: Migration20261207180003 },
  { name: 'Migration20261207180004', class: Migration20261207180004 },
  { name: 'Migration20261208050001', class: Migration20261208050001 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261209010001', class: Migration20261209010001 },
  { name: 'Migration20261209110001', class: Migration20261209110001 },
  { name: 'Migration20261210020001', class: Migration20261210020001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
