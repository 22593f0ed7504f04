import { Entity, Enum, Index, Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@pm/db';

export enum BillingRunStatus {
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
registerEnumType(BillingRunStatus, {
  valuesConfig: {
    RUNNING: { description: 'Making bills in the background.' },
    DONE: { description: 'Every unit billed.' },
    FAILED: {
      description: 'Stopped on an error; runBilling again continues it.',
    },
  },
  description: 'Where a bill run stands.',
  name: 'BillingRunStatus',
});

/** One bill run per property and period; a re-run after a failure is another attempt of it. */
@ObjectType({
  description: 'A bill run of one property and period; runs in the background — poll billingRun(id).',
})
@Entity({ tableName: 'billing_runs' })
@Unique({
  name: 'billing_runs_tenant_id_property_id_period_key',
  properties: ['tenantId', 'propertyId', 'period'],
})
@Index({ name: 'billing_runs_tenant_id_idx', properties: ['tenantId'] })
export class BillingRun extends TenantEntity {
  @Field(() => ID, { description: 'Stable id of the run.' })
  declare id: string;

  @Field(() => BillingRunStatus, { description: 'Running, done or failed.' })
  @Enum({ items: () => BillingRunStatus })
  status!: BillingRunStatus;

  @Field(() => Int, { description: 'Bills of this property and period made so far (all attempts).' })
  @Property({ type: 'integer', default: 0 })
  billsCreated: Opt<number> = 0;

  @Field(() => Int, { description: 'Units of the property when the run (attempt) started.' })
  @Property({ type: 'integer', default: 0 })
  unitsTotal: Opt<number> = 0;

  @Field(() => Int, { description: 'Units processed by the current attempt.' })
  @Property({ type: 'integer', default: 0 })
  unitsDone: Opt<number> = 0;

  @Field(() => ID, { description: 'The property billed.' })
  @Property({ type: 'uuid' })
  propertyId!: string;

  @Field({ description: 'Month billed, YYYY-MM.' })
  @Property({ type: 'text' })
  period!: string;

  @Field(() => Int, {
    description: 'Attempts made (a failed run may be started again).',
  })
  @Property({ type: 'integer', default: 1 })
  attempts: Opt<number> = 1;

  @Field(() => String, {
    description: 'Why the last attempt failed; null unless FAILED.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** Start of the current attempt, renewed after every chunk: a run whose heartbeat stops is taken over. */
  @Field(() => Date, { description: 'When the current attempt started (UTC).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  startedAt: Opt<Date> = new Date();

  @Field(() => Date, {
    description: 'When it finished (UTC); null while running.',
    nullable: true,
  })
  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  startedBy?: string | null;
}
