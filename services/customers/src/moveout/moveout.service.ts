import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';

import { Customer } from '../customer/customer.entity';
import { visibleCustomer } from '../customer/customer.service';
import { CustomerKind } from '../customer/customer.types';
import { Occupancy } from '../occupancy/occupancy.entity';
import { timeZoneOf, unitOfProperty } from '../property/property.service';
import { MoveOutRequest, Sublet } from './moveout.entity';
import { MoveOutInput, SubletInput, TransferOwnershipInput } from './moveout.inputs';
import { GOODS_MAX, Problem, moveOutProblems } from './moveout.rules';
import { MoveOutReason, MoveOutStatus } from './moveout.types';
import { Clock, dateIn, isCalendarDate } from '@pm/time';

export class MoveOutService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-CUS-6: recorded and sent to billing; it stays PENDING_CLEARANCE until billing answers. */
  async request(principal: Principal, input: MoveOutInput): Promise<MoveOutRequest> {
    const goods = input.goodsDescription?.trim() || null;
    if (goods && goods.length > GOODS_MAX)
      throw validationFailed('move-out is invalid', [
        { field: 'goodsDescription', message: `at most ${GOODS_MAX} characters` },
      ]);
    return this.open(principal, {
      ...input,
      goodsDescription: goods,
      reason: MoveOutReason.MOVE_OUT,
      ownerConsent: !!input.ownerConsent,
    });
  }

  /** R-CUS-7: the old owner's clearance goes through billing like a move-out. */
  async transfer(principal: Principal, input: TransferOwnershipInput): Promise<MoveOutRequest> {
    if (!input.contractNotarised)
      throw validationFailed('ownership transfer is invalid', [
        { field: 'contractNotarised', message: 'transfer contract and notarisation are required (R-CUS-7)' },
      ]);
    return this.open(principal, { ...input, reason: MoveOutReason.OWNERSHIP_TRANSFER, ownerConsent: true });
  }

  private async open(
    principal: Principal,
    i: {
      customerId: string;
      unitId: string;
      plannedDate: string;
      ownerConsent: boolean;
      reason: MoveOutReason;
      newOwnerId?: string | null;
      goodsDescription?: string | null;
    },
  ): Promise<MoveOutRequest> {
    if (!isCalendarDate(i.plannedDate))
      throw validationFailed('move-out is invalid', [{ field: 'plannedDate', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, i.customerId);
      await unitOfProperty(em, i.unitId, c.propertyId);
      const occ = await em.findOne(Occupancy, { customerId: c.id, unitId: i.unitId, endDate: null });
      if (!occ)
        throw validationFailed('move-out is invalid', [
          { field: 'unitId', message: 'the customer does not occupy this unit' },
        ]);
      if (i.reason === MoveOutReason.OWNERSHIP_TRANSFER && occ.kind !== CustomerKind.OWNER)
        throw validationFailed('ownership transfer is invalid', [
          { field: 'customerId', message: 'not the current owner' },
        ]);
      if (i.newOwnerId) {
        const n = isUuid(i.newOwnerId) ? await em.findOne(Customer, i.newOwnerId) : null;
        if (!n || n.propertyId !== c.propertyId)
          throw validationFailed('ownership transfer is invalid', [
            { field: 'newOwnerId', message: 'unknown customer of this property' },
          ]);
      }
      const today = dateIn(this.clock.now(), await timeZoneOf(em, c.propertyId));
      if (i.reason === MoveOutReason.MOVE_OUT) {
        const problems = moveOutProblems({
          kind: c.kind,
          plannedDate: i.plannedDate,
          today,
          noticeDays: await policyValue<number>(em, 'customers.moveOutNoticeDays', c.propertyId, today),
          ownerConsent: i.ownerConsent,
          consentRequired: await policyValue<boolean>(
            em,
            'customers.lesseeMoveOutOwnerConsent',
            c.propertyId,
            today,
          ),
        });
        if (problems.length) throw validationFailed('move-out is invalid', problems);
      }
      const pending = await em.findOne(MoveOutRequest, {
        occupancyId: occ.id,
        status: MoveOutStatus.PENDING_CLEARANCE,
      });
      if (pending)
        throw conflict('a request for this occupancy is already waiting for clearance', {
          requestId: pending.id,
        });
      const r = em.create(MoveOutRequest, {
        customerId: c.id,
        unitId: i.unitId,
        propertyId: c.propertyId,
        occupancyId: occ.id,
        plannedDate: i.plannedDate,
        reason: i.reason,
        status: MoveOutStatus.PENDING_CLEARANCE,
        ownerConsent: i.ownerConsent,
        newOwnerId: i.newOwnerId ?? null,
        createdBy: principal.actor.id ?? null,
        createdByName: principal.name ?? principal.username ?? null,
        goodsDescription: i.goodsDescription ?? null,
      });
      await publishInTx(em, Events.moveOutRequested, {
        requestId: r.id,
        customerId: c.id,
        unitId: i.unitId,
        propertyId: c.propertyId,
        plannedDate: i.plannedDate,
        reason: i.reason,
      });
      return r;
    }, principal);
  }

  async get(principal: Principal, id: string): Promise<MoveOutRequest | null> {
    if (!isUuid(id)) return null;
    return this.db.tx((em) => em.findOne(MoveOutRequest, id), principal);
  }

  /** The customer is visible to the caller already (it is the parent field's root). */
  async forCustomer(principal: Principal, customerId: string): Promise<MoveOutRequest[]> {
    return this.db.tx(
      (em) => em.find(MoveOutRequest, { customerId }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
      principal,
    );
  }

  /** R-CUS-7: access and parking cards back; with clearance this closes the old owner's occupancy. */
  async cardsReturned(principal: Principal, id: string): Promise<MoveOutRequest> {
    if (!isUuid(id)) throw notFound('move-out request');
    return this.db.tx(async (em) => {
      const r = await em.findOne(MoveOutRequest, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r) throw notFound('move-out request');
      r.cardsReturned = true;
      await closeIfDone(em, r);
      return r;
    }, principal);
  }

  /** R-CUS-8: the owner sublets; who pays which fee item is recorded. */
  async sublet(principal: Principal, input: SubletInput): Promise<Sublet> {
    const problems: Problem[] = [];
    if (!isCalendarDate(input.startDate)) problems.push({ field: 'startDate', message: 'YYYY-MM-DD' });
    if (input.endDate && (!isCalendarDate(input.endDate) || input.endDate < input.startDate))
      problems.push({ field: 'endDate', message: 'after startDate' });
    if (!input.feePayers.length)
      problems.push({ field: 'feePayers', message: 'say who pays which fee item' });
    if (input.feePayers.some((f) => !['OWNER', 'LESSEE'].includes(f.payer) || !f.feeItem.trim()))
      problems.push({ field: 'feePayers', message: 'payer is OWNER or LESSEE, with a fee item' });
    if (problems.length) throw validationFailed('sublet is invalid', problems);
    return this.db.tx(async (em) => {
      const owner = await visibleCustomer(em, input.ownerId);
      const lessee = await visibleCustomer(em, input.lesseeId);
      if (lessee.propertyId !== owner.propertyId || lessee.kind !== CustomerKind.LESSEE)
        throw validationFailed('sublet is invalid', [
          { field: 'lesseeId', message: 'a LESSEE of the same property' },
        ]);
      await unitOfProperty(em, input.unitId, owner.propertyId);
      const occ = await em.findOne(Occupancy, {
        customerId: owner.id,
        unitId: input.unitId,
        kind: CustomerKind.OWNER,
        endDate: null,
      });
      if (!occ)
        throw validationFailed('sublet is invalid', [
          { field: 'ownerId', message: 'not the current owner of the unit' },
        ]);
      const sublet = em.create(Sublet, {
        propertyId: owner.propertyId,
        unitId: input.unitId,
        ownerId: owner.id,
        lesseeId: lessee.id,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        feePayers: input.feePayers.map((f) => ({ feeItem: f.feeItem.trim(), payer: f.payer })),
      });
      // Billing bills the unit to the party the lease names (R-CUS-8).
      await publishInTx(em, Events.subletRegistered, {
        subletId: sublet.id,
        unitId: sublet.unitId,
        propertyId: sublet.propertyId,
        ownerId: sublet.ownerId,
        lesseeId: sublet.lesseeId,
        startDate: sublet.startDate,
        endDate: sublet.endDate ?? undefined,
        feePayers: sublet.feePayers,
      });
      return sublet;
    }, principal);
  }
}

/** Ends the occupancy once everything the reason needs is done; publishes occupancy.ended. */
export async function closeIfDone(em: EntityManager, r: MoveOutRequest): Promise<void> {
  if (!r.cleared || (r.reason !== MoveOutReason.MOVE_OUT && !r.cardsReturned)) return;
  const occ = await em.findOne(
    Occupancy,
    { id: r.occupancyId, endDate: null },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!occ) return;
  occ.endDate = r.plannedDate;
  await publishInTx(em, Events.occupancyEnded, {
    occupancyId: occ.id,
    customerId: r.customerId,
    unitId: r.unitId,
    propertyId: r.propertyId,
    endDate: r.plannedDate,
  });
}
