import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { isUuid } from '@pm/contracts';
import { Database, actorId } from '@pm/db';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { timeZoneOf } from '../property/property.service';
import { StorageItem } from './storage.entity';
import { ReturnStoredItemInput, StoreItemInput } from './storage.inputs';
import { storageOverdue, storageSlipProblems } from './storage.rules';

export type StorageLine = StorageItem & { overdue: boolean };

/** The front desk's temporary storage log (寄存, R-CUS-10). */
export class StorageService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** Marks each line held past `customers.storageMaxDays` (one policy read per property). */
  private async withOverdue(
    em: EntityManager,
    propertyId: string,
    items: StorageItem[],
  ): Promise<StorageLine[]> {
    const now = this.clock.now();
    const maxDays = await policyValue<number>(
      em,
      'customers.storageMaxDays',
      propertyId,
      dateIn(now, await timeZoneOf(em, propertyId)),
    );
    return items.map((i) =>
      Object.assign(i, { overdue: storageOverdue(i.storedAt, i.returnedAt, now, maxDays) }),
    );
  }

  async store(principal: Principal, input: StoreItemInput): Promise<StorageLine> {
    const slip = { description: input.description.trim(), quantity: input.quantity ?? 1 };
    const problems = storageSlipProblems(slip);
    if (problems.length) throw validationFailed('storage slip is invalid', problems);
    if (!isUuid(input.propertyId)) throw notFound('property');
    assertPropertyVisible(principal, input.propertyId);
    if (!isUuid(input.customerId)) throw notFound('customer');
    return this.db.tx(async (em) => {
      const customer = await em.findOne(Customer, input.customerId, { fields: ['id', 'propertyId'] });
      if (!customer) throw notFound('customer');
      if (customer.propertyId !== input.propertyId)
        throw validationFailed('the customer is not a customer of this property', [
          { field: 'customerId', message: 'other property' },
        ]);
      const item = em.create(StorageItem, {
        propertyId: input.propertyId,
        customerId: customer.id,
        ...slip,
        storedAt: this.clock.now(),
        storedBy: actorId() ?? 'system',
      });
      await em.flush();
      return (await this.withOverdue(em, item.propertyId, [item]))[0];
    }, principal);
  }

  async returnItem(principal: Principal, input: ReturnStoredItemInput): Promise<StorageLine> {
    const collectedBy = input.collectedBy.trim();
    if (!collectedBy || collectedBy.length > 100)
      throw validationFailed('who collected the item is required', [
        { field: 'collectedBy', message: '1..100 characters' },
      ]);
    if (!isUuid(input.id)) throw notFound('storage item');
    return this.db.tx(async (em) => {
      const item = await em.findOne(StorageItem, input.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!item) throw notFound('storage item');
      if (item.returnedAt) throw conflict('the item was already returned', { returnedAt: item.returnedAt });
      item.returnedAt = this.clock.now();
      item.collectedBy = collectedBy;
      item.returnedBy = actorId() ?? 'system';
      await em.flush();
      return (await this.withOverdue(em, item.propertyId, [item]))[0];
    }, principal);
  }

  /** The log of one property, oldest first; `open` keeps only items still held. */
  async log(
    principal: Principal,
    propertyId: string,
    open: boolean | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<StorageLine>> {
    const { limit, afterId } = decodePage(page);
    if (!isUuid(propertyId)) return toConnection([], limit, 0);
    assertPropertyVisible(principal, propertyId);
    return this.db.tx(async (em) => {
      const where = { propertyId, ...(open ? { returnedAt: null } : {}) };
      const rows = await em.find(StorageItem, afterId ? { ...where, id: { $gt: afterId } } : where, {
        orderBy: { id: 'asc' },
        limit: limit + 1,
      });
      const lines = await this.withOverdue(em, propertyId, rows);
      return toConnection(lines, limit, await em.count(StorageItem, where));
    }, principal);
  }
}
