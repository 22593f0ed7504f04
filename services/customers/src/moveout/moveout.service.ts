import { EntityManager, LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';

import { AccessCard } from '../access-card/access-card.entity';
import { cardProblems } from '../access-card/access-card.rules';
import { duplicateCard, issueCard } from '../access-card/access-card.service';
import { Archive } from '../archive/archive.entity';
import { requestDispositionOf } from '../archive/archive.service';
import { DispositionKind } from '../archive/archive.types';
import { Customer } from '../customer/customer.entity';
import { visibleCustomer } from '../customer/customer.service';
import { CustomerKind } from '../customer/customer.types';
import { Occupancy } from '../occupancy/occupancy.entity';
import { ChecklistItem } from '../occupancy/occupancy.rules';
import { startOccupancy } from '../occupancy/occupancy.service';
import { timeZoneOf, unitOfProperty } from '../property/property.service';
import { MoveOutRequest, Sublet } from './moveout.entity';
import {
  MoveOutInput,
  SubletInput,
  TransferArchiveDecisionInput,
  TransferOwnershipInput,
  TransferReturnsInput,
} from './moveout.inputs';
import {
  GOODS_MAX,
  Problem,
  moveOutProblems,
  transferCompletionProblems,
  withReturned,
} from './moveout.rules';
import { MoveOutReason, MoveOutStatus, TransferArchiveDecision, TransferReturnItem } from './moveout.types';
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
      if (i.reason === MoveOutReason.OWNERSHIP_TRANSFER) {
        const n = i.newOwnerId && isUuid(i.newOwnerId) ? await em.findOne(Customer, i.newOwnerId) : null;
        if (!n || n.propertyId !== c.propertyId || n.kind !== CustomerKind.OWNER || n.id === c.id)
          throw validationFailed('ownership transfer is invalid', [
            { field: 'newOwnerId', message: 'another OWNER customer of this property' },
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

  /** R-CUS-7: access and parking cards back, recorded on the return checklist. */
  async cardsReturned(principal: Principal, id: string): Promise<MoveOutRequest> {
    return this.recordReturns(principal, {
      requestId: id,
      items: [TransferReturnItem.ACCESS_CARDS, TransferReturnItem.PARKING_CARDS],
    });
  }

  /** An ownership transfer not completed yet, locked, that the caller may see; NOT_FOUND otherwise. */
  private async openTransfer(em: EntityManager, id: string): Promise<MoveOutRequest> {
    const r = isUuid(id)
      ? await em.findOne(MoveOutRequest, id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (!r) throw notFound('move-out request');
    if (r.reason !== MoveOutReason.OWNERSHIP_TRANSFER)
      throw validationFailed('not an ownership transfer', [
        { field: 'requestId', message: 'a move-out request, not an ownership transfer' },
      ]);
    if (r.completedAt) throw conflict('the ownership transfer is already complete');
    return r;
  }

  /**
   * R-CUS-7: the old owner's return checklist; each item is recorded once with when and to whom.
   * Access cards back also end the old owner's cards on the unit (R-CUS-8).
   */
  async recordReturns(principal: Principal, input: TransferReturnsInput): Promise<MoveOutRequest> {
    if (!input.items.length)
      throw validationFailed('returns are invalid', [{ field: 'items', message: 'at least one item' }]);
    const receivedBy =
      input.receivedBy?.trim() || principal.name || principal.username || principal.actor.id || 'unknown';
    return this.db.tx(async (em) => {
      const r = await this.openTransfer(em, input.requestId);
      const at = this.clock.now();
      r.returns = withReturned(r.returns, input.items, (item) => ({
        item: item as TransferReturnItem,
        returnedAt: at,
        receivedBy,
      }));
      const returned = r.returns.map((x) => x.item);
      r.cardsReturned =
        returned.includes(TransferReturnItem.ACCESS_CARDS) &&
        returned.includes(TransferReturnItem.PARKING_CARDS);
      if (input.items.includes(TransferReturnItem.ACCESS_CARDS)) {
        const today = dateIn(at, await timeZoneOf(em, r.propertyId));
        for (const card of await em.find(AccessCard, {
          occupancyId: r.occupancyId,
          customerId: r.customerId,
          returnedOn: null,
          issuedOn: { $lte: today },
        }))
          em.assign(card, { returnedOn: today, returnedBy: principal.actor.id ?? 'unknown' });
      }
      return r;
    }, principal);
  }

  /** R-CUS-7: the old owner's archive kept, or sent for destruction (approved by a manager, R-ARC-4). */
  async decideArchive(principal: Principal, input: TransferArchiveDecisionInput): Promise<MoveOutRequest> {
    const decision = Object.values(TransferArchiveDecision).find((d) => d === input.decision);
    if (!decision)
      throw validationFailed('archive decision is invalid', [
        { field: 'decision', message: 'KEEP or DESTROY' },
      ]);
    return this.db.tx(async (em) => {
      const r = await this.openTransfer(em, input.requestId);
      if (r.archiveDecision) throw conflict(`the archive decision is already ${r.archiveDecision}`);
      r.archiveDecision = decision;
      if (decision === TransferArchiveDecision.DESTROY) {
        const archive = await em.findOne(Archive, { customerId: r.customerId });
        if (!archive)
          throw validationFailed('archive decision is invalid', [
            { field: 'decision', message: 'the old owner has no archive to destroy' },
          ]);
        r.archiveDispositionId = requestDispositionOf(em, archive, {
          kind: DispositionKind.DESTROY,
          toDepartment: null,
          reason: input.reason?.trim() || `ownership transfer of unit ${r.unitId} (R-CUS-7)`,
        }).id;
      }
      return r;
    }, principal);
  }

  /**
   * R-CUS-7: once cleared, returned and decided, the old owner's occupancy ends on the transfer
   * day and the buyer's move-in starts that day with its checklist open.
   */
  async completeTransfer(principal: Principal, id: string): Promise<MoveOutRequest> {
    try {
      return await this.db.tx(async (em) => {
        const r = await this.openTransfer(em, id);
        const problems = transferCompletionProblems({
          cleared: r.cleared,
          returned: r.returns.map((x) => x.item),
          archiveDecision: r.archiveDecision,
          newOwnerId: r.newOwnerId,
        });
        if (problems.length) throw validationFailed('the ownership transfer cannot complete yet', problems);
        await endOccupancy(em, r);
        // The old owner's row ends before the buyer's starts: one current owner per unit (R-CUS-1).
        await em.flush();
        const buyer = await visibleCustomer(em, r.newOwnerId!);
        const o = await startOccupancy(em, this.clock, buyer, {
          unitId: r.unitId,
          date: r.plannedDate,
          // The notarised transfer contract seen at the request is the buyer's purchase contract.
          documents: [ChecklistItem.PURCHASE_CONTRACT],
          byAgent: false,
          meterReadings: [],
          keysHandedOver: 0,
          defectsOpen: false,
        });
        r.newOwnerOccupancyId = o.id;
        r.completedAt = this.clock.now();
        return r;
      }, principal);
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException)
        throw conflict('the unit already has a current owner (R-CUS-1)');
      throw e;
    }
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
    if (input.accessCardNumber?.trim())
      problems.push(
        ...cardProblems(input.accessCardNumber, input.startDate)
          .filter((p) => p.field === 'cardNumber')
          .map((p) => ({ ...p, field: 'accessCardNumber' })),
      );
    if (problems.length) throw validationFailed('sublet is invalid', problems);
    return this.db
      .tx(async (em) => {
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
        if (input.accessCardNumber?.trim()) {
          // The lease is written first: the card is the lessee's because of it.
          await em.flush();
          await issueCard(em, principal, occ, lessee.id, input.accessCardNumber, input.startDate);
          await em.flush();
        }
        return sublet;
      }, principal)
      .catch((e) => {
        throw duplicateCard(e);
      });
  }
}

/** A cleared move-out ends the occupancy; an ownership transfer ends it when completed (R-CUS-7). */
export async function closeIfDone(em: EntityManager, r: MoveOutRequest): Promise<void> {
  if (r.cleared && r.reason === MoveOutReason.MOVE_OUT) await endOccupancy(em, r);
}

/** Ends the request's occupancy on its planned day; publishes occupancy.ended. */
async function endOccupancy(em: EntityManager, r: MoveOutRequest): Promise<void> {
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
