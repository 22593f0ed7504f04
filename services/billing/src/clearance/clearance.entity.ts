import { Entity, Index, Opt, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { TenantOwned } from '@pm/db';
import { fen } from '../common/columns';

/** R-BIL-9: billing's answer to one move-out request (keyed by its id, so it is decided once). */
@Entity({ tableName: 'clearance_decisions' })
@Index({ name: 'clearance_decisions_tenant_id_idx', properties: ['tenantId'] })
export class ClearanceDecision extends TenantOwned {
  [PrimaryKeyProp]?: 'requestId';

  @PrimaryKey({ type: 'uuid' })
  requestId!: string;

  @Property({ type: 'uuid' })
  customerId!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'boolean' })
  cleared!: boolean;

  @Property({ type: fen() })
  amountOwedFen!: number;

  @Property({ type: 'integer' })
  monthsOwed!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  decidedAt: Opt<Date> = new Date();
}
