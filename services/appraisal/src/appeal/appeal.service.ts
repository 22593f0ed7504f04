import { isUuid } from '@pm/contracts';
import { Clock } from '@pm/time';
import { Principal } from '@pm/auth';
import { Events, StaffRole } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { AppealView } from '../check/check.types';
import { Check, Finding, FindingStatus } from '../check/check.entity';
import { allStaff, callerInfo, staffVisible } from '../check/appraisal.context';
import { Tier, roleTier, tierOf } from '../schedule/schedule';
import { StaffMember } from '../staff/staff-member.entity';
import { Appeal, AppealStatus } from './appeal.entity';

const view = (a: Appeal): AppealView => ({
  id: a.id,
  findingId: a.findingId,
  staff: { id: a.staffId },
  reason: a.reason,
  status: a.status,
  decidedAt: a.decidedAt ?? null,
});

export class AppealService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  /** The checked person disputes one of their active findings; one appeal per finding. */
  async dispute(principal: Principal, findingId: string, reason: string): Promise<AppealView> {
    if (!reason?.trim())
      throw validationFailed('an appeal needs a reason', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const f = isUuid(findingId) ? await em.findOne(Finding, { id: findingId }) : null;
      const me = await callerInfo(em, principal);
      if (!f) throw notFound('finding');
      if (!me || me.id !== f.staffId) throw forbidden('only the checked person may appeal a finding');
      if (f.status !== FindingStatus.ACTIVE) throw conflict('the finding is already overturned');
      if (await em.count(Appeal, { findingId: f.id })) throw conflict('this finding was already appealed');
      const a = em.create(Appeal, {
        findingId: f.id,
        staffId: f.staffId,
        reason: reason.trim(),
        status: AppealStatus.PENDING,
      });
      await em.flush();
      return view(a);
    });
  }

  /**
   * A higher role decides: someone of a higher level than the checker who recorded the finding
   * (ADMIN always), who can see the appellant, and who is neither the appellant nor the
   * checker. `upheld` = the appellant is right: the finding is overturned and no longer deducts.
   */
  async decide(principal: Principal, id: string, upheld: boolean): Promise<AppealView> {
    return this.db.tx(async (em) => {
      const a = isUuid(id) ? await em.findOne(Appeal, { id }) : null;
      if (!a) throw notFound('appeal');
      const appellant = await em.findOne(StaffMember, { id: a.staffId });
      if (!appellant || !staffVisible(principal, appellant)) throw notFound('appeal');
      const f = await em.findOneOrFail(Finding, { id: a.findingId });
      const check = await em.findOneOrFail(Check, { id: f.checkId });
      const me = await callerInfo(em, principal);
      if (!me || me.id === a.staffId) throw forbidden('the appellant cannot decide their own appeal');
      if (check.checkerUserId === principal.actor.id)
        throw forbidden('the checker cannot decide an appeal of their own finding');
      const all = await allStaff(em);
      const checker = all.find((s) => s.id === check.checkerStaffId);
      const checkerTier = checker ? tierOf(checker, all) : Tier.COMPANY;
      const isAdmin = principal.roles.includes(StaffRole.ADMIN);
      const myTier = all.some((s) => s.id === me.id) ? tierOf(me, all) : roleTier(me.roles);
      if (!isAdmin && myTier <= checkerTier)
        throw forbidden('an appeal is decided by a higher role than the checker');
      if (a.status !== AppealStatus.PENDING) throw conflict(`appeal is already ${a.status}`);
      a.status = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
      a.decidedByUserId = principal.actor.id ?? null;
      a.decidedAt = this.clock.now();
      if (upheld) f.status = FindingStatus.OVERTURNED;
      await em.flush();
      await publishInTx(em, Events.appealDecided, {
        appealId: a.id,
        findingId: f.id,
        checkId: check.id,
        staffId: a.staffId,
        upheld,
      });
      return view(a);
    });
  }
}
