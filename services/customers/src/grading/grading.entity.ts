import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property as Column } from '@mikro-orm/core';
import { TenantOwned } from '@pm/db';
import { Customer } from '../customer/customer.entity';

/** A bill's due date (billing's bill.issued), to tell on-time payments from late ones (R-CUS-2). */
@Entity({ tableName: 'bill_dues' })
@Index({ name: 'bill_dues_tenant_id_idx', properties: ['tenantId'] })
export class BillDue extends TenantOwned {
  [PrimaryKeyProp]?: 'billId';

  /** Billing's bill id. */
  @PrimaryKey({ type: 'uuid' })
  billId!: string;

  @Column({ type: 'uuid', nullable: true })
  customerId?: string | null;

  @Column({ type: 'date' })
  dueDate!: string;
}

/** A follow-up visit to a customer (tickets' visit.recorded), for visit-plan coverage (R-KPI-9). */
@Entity({ tableName: 'customer_visits' })
@Index({ name: 'customer_visits_tenant_id_idx', properties: ['tenantId'] })
export class CustomerVisit extends TenantOwned {
  [PrimaryKeyProp]?: 'visitId';

  /** Tickets' visit id. */
  @PrimaryKey({ type: 'uuid' })
  visitId!: string;

  @Column({ type: 'uuid' })
  propertyId!: string;

  /** Not a foreign key: the visit may name a customer this service never registered. */
  @ManyToOne(() => Customer, { mapToPk: true, fieldName: 'customer_id', createForeignKeyConstraint: false })
  customerId!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
