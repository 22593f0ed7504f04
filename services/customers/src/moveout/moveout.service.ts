import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { Events } from '@pm/contracts';
import { Database, uuidv7 } from '@pm/db';
import { EventHandler, publishInTx } from '@pm/events';
import { assertPropertyVisible, conflict, notFound, validationFailed } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn, isCalendarDate } from '@pm/time';
import { one, q, tenantId } from '@pm/db';
import { isUuid } from '@pm/contracts';
import { timeZoneOf } from '../projection/projection';
import { unitOfProperty, visibleCustomer } from '../occupancy/occupancy.service';
import { blockedReason, moveOutProblems, releasePassNumber } from './moveout.rules';
import {
  MOVE_OUT_COLUMNS,
  MoveOutInput,
  MoveOutRequest,
  Sublet,
  SubletInput,
  TransferOwnershipInput,
  toMoveOut,
} from './moveout.types';

export class MoveOutService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** R-CUS-6: recorded and sent to billing; it stays PENDING_CLEARANCE until billing answers. */
  async request(principal: Principal, input: MoveOutInput): Promise<MoveOutRequest> {
    return this.open(principal, { ...input, reason: 'MOVE_OUT', ownerConsent: !!input.ownerConsent });
  }

  /** R-CUS-7: the old owner's clearance goes through billing like a move-out. */
  async transfer(principal: Principal, input: TransferOwnershipInput): Promise<MoveOutRequest> {
    if (!input.contractNotarised)
      throw validationFailed('ownership transfer is invalid', [
        { field: 'contractNotarised', message: 'transfer contract and notarisation are required (R-CUS-7)' },
      ]);
    return this.open(principal, { ...input, reason: 'OWNERSHIP_TRANSFER', ownerConsent: true });
  }

  private async open(
    principal: Principal,
    i: {
      customerId: string;
      unitId: string;
      plannedDate: string;
      ownerConsent: boolean;
      reason: string;
      newOwnerId?: string | null;
    },
  ): Promise<MoveOutRequest> {
    if (!isCalendarDate(i.plannedDate))
      throw validationFailed('move-out is invalid', [{ field: 'plannedDate', message: 'YYYY-MM-DD' }]);
    return this.db.tx(async (em) => {
      const c = await visibleCustomer(em, principal, i.customerId);
      await unitOfProperty(em, i.unitId, c.property_id);
      const occ = await one(
        em,
        'select id, kind from occupancies where customer_id = ? and unit_id = ? and end_date is null',
        [c.id, i.unitId],
      );
      if (!occ)
        throw validationFailed('move-out is invalid', [
          { field: 'unitId', message: 'the customer does not occupy this unit' },
        ]);
      if (i.reason === 'OWNERSHIP_TRANSFER' && occ.kind !== 'OWNER')
        throw validationFailed('ownership transfer is invalid', [
          { field: 'customerId', message: 'not the current owner' },
        ]);
      if (i.newOwnerId) {
        const n = isUuid(i.newOwnerId)
          ? await one(em, 'select property_id from customers where id = ?', [i.newOwnerId])
          : null;
        if (!n || n.property_id !== c.property_id)
          throw validationFailed('ownership transfer is invalid', [
            { field: 'newOwnerId', message: 'unknown customer of this property' },
          ]);
      }
      const tz = await timeZoneOf(em, c.property_id);
      const today = dateIn(this.clock.now(), tz);
      if (i.reason === 'MOVE_OUT') {
        const problems = moveOutProblems({
          kind: c.kind,
          plannedDate: i.plannedDate,
          today,
          noticeDays: await policyValue<number>(em, 'customers.moveOutNoticeDays', c.property_id, today),
          ownerConsent: i.ownerConsent,
          consentRequired: await policyValue<boolean>(
            em,
            'customers.lesseeMoveOutOwnerConsent',
            c.property_id,
            today,
          ),
        });
        if (problems.length) throw validationFailed('move-out is invalid', problems);
      }
      const pending = await one(
        em,
        `select id from move_out_requests where occupancy_id = ? and status = 'PENDING_CLEARANCE'`,
        [occ.id],
      );
      if (pending)
        throw conflict('a request for this occupancy is already waiting for clearance', {
          requestId: pending.id,
        });
      const id = uuidv7();
      const [r] = await q(
        em,
        `insert into move_out_requests (id, tenant_id, customer_id, unit_id, property_id, occupancy_id, planned_date, reason, status, owner_consent, new_owner_id, created_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING_CLEARANCE', ?, ?, ?) returning ${MOVE_OUT_COLUMNS}`,
        [
          id,
          tenantId(),
          c.id,
          i.unitId,
          c.property_id,
          occ.id,
          i.plannedDate,
          i.reason,
          i.ownerConsent,
          i.newOwnerId ?? null,
          principal.actor.id ?? null,
        ],
      );
      await publishInTx(em, Events.moveOutRequested, {
        requestId: id,
        customerId: c.id,
        unitId: i.unitId,
        propertyId: c.property_id,
        plannedDate: i.plannedDate,
        reason: i.reason,
      });
      return toMoveOut(r);
    });
  }

  async get(principal: Principal, id: string): Promise<MoveOutRequest | null> {
    if (!isUuid(id)) return null;
    return this.db.tx(async (em) => {
      const r = await one(em, `select ${MOVE_OUT_COLUMNS} from move_out_requests where id = ?`, [id]);
      if (!r || (principal.propertyScope !== 'ALL' && !principal.propertyScope.includes(r.property_id)))
        return null;
      return toMoveOut(r);
    });
  }

  /** R-CUS-7: access and parking cards back; with clearance this closes the old owner's occupancy. */
  async cardsReturned(principal: Principal, id: string): Promise<MoveOutRequest> {
    if (!isUuid(id)) throw notFound('move-out request');
    return this.db.tx(async (em) => {
      const r = await one(em, 'select * from move_out_requests where id = ? for update', [id]);
      if (!r) throw notFound('move-out request');
      assertPropertyVisible(principal, r.property_id, 'move-out request');
      await q(em, 'update move_out_requests set cards_returned = true where id = ?', [id]);
      await closeIfDone(em, id, this.clock.now());
      return toMoveOut(await one(em, `select ${MOVE_OUT_COLUMNS} from move_out_requests where id = ?`, [id]));
    });
  }

  /** R-CUS-8: the owner sublets; who pays which fee item is recorded. */
  async sublet(principal: Principal, input: SubletInput): Promise<Sublet> {
    const problems = [];
    if (!isCalendarDate(input.startDate)) problems.push({ field: 'startDate', message: 'YYYY-MM-DD' });
    if (input.endDate && (!isCalendarDate(input.endDate) || input.endDate < input.startDate))
      problems.push({ field: 'endDate', message: 'after startDate' });
    if (!input.feePayers.length)
      problems.push({ field: 'feePayers', message: 'say who pays which fee item' });
    if (input.feePayers.some((f) => !['OWNER', 'LESSEE'].includes(f.payer) || !f.feeItem.trim()))
      problems.push({ field: 'feePayers', message: 'payer is OWNER or LESSEE, with a fee item' });
    if (problems.length) throw validationFailed('sublet is invalid', problems);
    return this.db.tx(async (em) => {
      const owner = await visibleCustomer(em, principal, input.ownerId);
      const lessee = await visibleCustomer(em, principal, input.lesseeId);
      if (lessee.property_id !== owner.property_id || lessee.kind !== 'LESSEE')
        throw validationFailed('sublet is invalid', [
          { field: 'lesseeId', message: 'a LESSEE of the same property' },
        ]);
      await unitOfProperty(em, input.unitId, owner.property_id);
      const occ = await one(
        em,
        `select id from occupancies where customer_id = ? and unit_id = ? and kind = 'OWNER' and end_date is null`,
        [owner.id, input.unitId],
      );
      if (!occ)
        throw validationFailed('sublet is invalid', [
          { field: 'ownerId', message: 'not the current owner of the unit' },
        ]);
      const id = uuidv7();
      const payers = input.feePayers.map((f) => ({ feeItem: f.feeItem.trim(), payer: f.payer }));
      await q(
        em,
        'insert into sublets (id, tenant_id, property_id, unit_id, owner_id, lessee_id, start_date, end_date, fee_payers) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          tenantId(),
          owner.property_id,
          input.unitId,
          owner.id,
          lessee.id,
          input.startDate,
          input.endDate ?? null,
          JSON.stringify(payers),
        ],
      );
      return Object.assign(new Sublet(), {
        id,
        ownerId: owner.id,
        lesseeId: lessee.id,
        unitId: input.unitId,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        feePayers: payers,
      });
    });
  }
}

/** Ends the occupancy once everything the reason needs is done; publishes occupancy.ended. */
async function closeIfDone(em: EntityManager, requestId: string, now: Date) {
  const r = await one(em, `select *, planned_date::text as planned from move_out_requests where id = ?`, [
    requestId,
  ]);
  const done = r.cleared && (r.reason === 'MOVE_OUT' || r.cards_returned);
  if (!done) return;
  const ended = await q(
    em,
    'update occupancies set end_date = ? where id = ? and end_date is null returning id',
    [r.planned, r.occupancy_id],
  );
  if (!ended.length) return;
  await publishInTx(em, Events.occupancyEnded, {
    occupancyId: r.occupancy_id,
    customerId: r.customer_id,
    unitId: r.unit_id,
    propertyId: r.property_id,
    endDate: r.planned,
  });
  void now;
}

/** R-CUS-6, R-BIL-9: billing's answer decides; a pass number only with clearance. */
export function clearanceDecidedHandler(
  clock: Clock,
): EventHandler<(typeof Events.clearanceDecided)['shape']> {
  return {
    name: 'customers.clearance-decided',
    contract: Events.clearanceDecided,
    async handle(em, p) {
      const r = await one(
        em,
        'select *, planned_date::text as planned from move_out_requests where id = ? for update',
        [p.requestId],
      );
      if (!r || r.status !== 'PENDING_CLEARANCE') return;
      const now = clock.now();
      if (!p.cleared) {
        await q(
          em,
          `update move_out_requests set status = 'BLOCKED_ARREARS', blocked_reason = ?, decided_at = ? where id = ?`,
          [blockedReason(p.amountOwedFen, p.monthsOwed), now, r.id],
        );
        return;
      }
      let pass: string | null = null;
      if (r.reason === 'MOVE_OUT') {
        const year = Number(dateIn(now, await timeZoneOf(em, r.property_id)).slice(0, 4));
        const [c] = await q(
          em,
          `insert into release_pass_counters (tenant_id, year, last_value) values (?, ?, 1)
           on conflict (tenant_id, year) do update set last_value = release_pass_counters.last_value + 1 returning last_value`,
          [r.tenant_id, year],
        );
        pass = releasePassNumber(year, c.last_value);
        await q(
          em,
          `insert into move_out_register (id, tenant_id, request_id, property_id, customer_id, unit_id, release_pass_number, planned_date, issued_at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [uuidv7(), r.tenant_id, r.id, r.property_id, r.customer_id, r.unit_id, pass, r.planned, now],
        );
      }
      await q(
        em,
        `update move_out_requests set status = 'CLEARED', cleared = true, release_pass_number = ?, decided_at = ? where id = ?`,
        [pass, now, r.id],
      );
      await closeIfDone(em, r.id, now);
    },
  };
}
