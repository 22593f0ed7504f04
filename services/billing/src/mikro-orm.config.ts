import { ScheduledJob } from '@pm/jobs';
import { StoredDocument } from '@pm/documents';
import { PrintJob } from './print/print.entity';
import { CustomerBalance } from './arrears/arrears.entity';
import { AuditEntry } from './audit/audit.entity';
import { Bill, BillDeferral, BillDispute, BillLine } from './bill/bill.entity';
import { ClearanceDecision } from './clearance/clearance.entity';
import { Deposit } from './deposit/deposit.entity';
import { DunningRound } from './dunning/dunning.entity';
import { FeeSchedule } from './fee/fee-schedule.entity';
import { FeeChange } from './fee/fee-change.entity';
import { FeeCharge } from './fee/fee-charge.entity';
import { MeterReading } from './meter/meter.entity';
import { Payment, PaymentAllocation, ReceiptCounter } from './payment/payment.entity';
import { OccupancyProjection, PropertyProjection, UnitProjection } from './projection/projection.entity';
import { RepairCharge } from './repair/repair-charge.entity';
import { BillingRun } from './run/bill-run.entity';
import { Migration20261127100000 } from './migrations/Migration20261127100000';
import { Migration20261127110000 } from './migrations/Migration20261127110000';
import { Migration20261202100000 } from './migrations/Migration20261202100000';
import { Migration20261202200000 } from './migrations/Migration20261202200000';
import { Migration20261206100000 } from './migrations/Migration20261206100000';
import { Migration20261206110000 } from './migrations/Migration20261206110000';
import { Migration20261207100001 } from './migrations/Migration20261207100001';
import { Migration20261207150004 } from './migrations/Migration20261207150004';
import { Migration20261208040001 } from './migrations/Migration20261208040001';
import { Migration20261208040002 } from './migrations/Migration20261208040002';
import { Migration20261208040003 } from './migrations/Migration20261208040003';
import { Migration20261208040004 } from './migrations/Migration20261208040004';
import { Migration20261208040005 } from './migrations/Migration20261208040005';
import { FeeAgreement } from './projection/fee-agreement.entity';
import { Migration20261208990001 } from './migrations/Migration20261208990001';
import { Migration20261209010001 } from './migrations/Migration20261209010001';
import { Migration20261210030001 } from './migrations/Migration20261210030001';
import { Migration20261210060001 } from './migrations/Migration20261210060001';

export const entities = [
  ScheduledJob,
  PropertyProjection,
  UnitProjection,
  OccupancyProjection,
  FeeSchedule,
  MeterReading,
  BillingRun,
  Bill,
  BillLine,
  BillDispute,
  BillDeferral,
  RepairCharge,
  Payment,
  PaymentAllocation,
  ReceiptCounter,
  DunningRound,
  ClearanceDecision,
  Deposit,
  AuditEntry,
  CustomerBalance,
  StoredDocument,
  PrintJob,
  FeeCharge,
  FeeAgreement,
  FeeChange,
];
export const migrations = [
  { name: 'Migration20261127100000', class: Migration20261127100000 },
  { name: 'Migration20261127110000', class: Migration20261127110000 },
  { name: 'Migration20261202100000', class: Migration20261202100000 },
  { name: 'Migration20261202200000', class: Migration20261202200000 },
  { name: 'Migration20261206100000', class: Migration20261206100000 },
  { name: 'Migration20261206110000', class: Migration20261206110000 },
  { name: 'Migration20261207100001', class: Migration20261207100001 },
  { name: 'Migration20261207150004', class: Migration20261207150004 },
  { name: 'Migration20261208040001', class: Migration20261208040001 },
  { name: 'Migration20261208040002', class: Migration20261208040002 },
  { name: 'Migration20261208040003', class: Migration20261208040003 },
  { name: 'Migration20261208040004', class: Migration20261208040004 },
  { name: 'Migration20261208040005', class: Migration20261208040005 },
  { name: 'Migration20261208990001', class: Migration20261208990001 },
  { name: 'Migration20261209010001', class: Migration20261209010001 },
  { name: 'Migration20261210030001', class: Migration20261210030001 },
  { name: 'Migration20261210060001', class: Migration20261210060001 },
];
