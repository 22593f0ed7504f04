import { LockMode } from '@mikro-orm/postgresql';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { MoveOutRegisterEntry, MoveOutRequest, ReleasePassCounter } from '../moveout/moveout.entity';
import { blockedReason, releasePassNumber } from '../moveout/moveout.rules';
import { closeIfDone } from '../moveout/moveout.service';
import { MoveOutReason, MoveOutStatus } from '../moveout/moveout.types';
import { timeZoneOf } from '../property/property.service';
import { Clock, dateIn } from '@pm/time';

/** R-CUS-6, R-BIL-9: billing's answer decides; a pass number only with clearance. */
export function clearanceDecidedHandler(
  clock: Clock,
): EventHandler<(typeof Events.clearanceDecided)['shape']> {
  return {
    name: 'customers.clearance-decided',
    contract: Events.clearanceDecided,
    async handle(em, p) {
      const r = await em.findOne(MoveOutRequest, p.requestId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!r || r.status !== MoveOutStatus.PENDING_CLEARANCE) return;
      const now = clock.now();
      r.decidedAt = now;
      if (!p.cleared) {
        r.status = MoveOutStatus.BLOCKED_ARREARS;
        r.blockedReason = blockedReason(p.amountOwedFen, p.monthsOwed);
        return;
      }
      if (r.reason === MoveOutReason.MOVE_OUT) {
        const year = Number(dateIn(now, await timeZoneOf(em, r.propertyId)).slice(0, 4));
        // The counter row of the year, locked: concurrent clearances get consecutive numbers.
        await em.upsert(
          ReleasePassCounter,
          { tenantId: r.tenantId, year, lastValue: 0 },
          { onConflictAction: 'ignore' },
        );
        const counter = await em.findOneOrFail(
          ReleasePassCounter,
          { tenantId: r.tenantId, year },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        counter.lastValue++;
        r.releasePassNumber = releasePassNumber(year, counter.lastValue);
        em.create(MoveOutRegisterEntry, {
          requestId: r.id,
          propertyId: r.propertyId,
          customerId: r.customerId,
          unitId: r.unitId,
          releasePassNumber: r.releasePassNumber,
          plannedDate: r.plannedDate,
          issuedAt: now,
        });
      }
      r.status = MoveOutStatus.CLEARED;
      r.cleared = true;
      await closeIfDone(em, r);
    },
  };
}
