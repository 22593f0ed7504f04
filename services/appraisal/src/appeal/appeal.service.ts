import { isUuid } from '@pm/contracts';
import { Clock } from '@pm/time';
import { Principal } from '@pm/auth';
import { Events, StaffRole } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import {
  ConnectionShape,
  PageArgs,
  assertPropertyVisible,
  conflict,
  decodePage,
  forbidden,
  notFound,
  toConnection,
  validationFailed,
} from '@pm/graphql';
import { AppealView } from '../check/check.types';
import { Check, Finding, FindingStatus } from '../check/check.entity';
import { allStaff, callerInfo, staffVisible } from '../check/appraisal.context';
import { Tier, roleTier, tierOf } from '../schedule/schedule';
import { StaffMember } from '../staff/staff-member.entity';
import { Appeal, AppealStatus } from './appeal.entity';
import { pendingAppealsPage } from './appeal.queries';

export const appealView = (a: Appeal): AppealView => ({
  id: a.id,
  findingId: a.findingId,
  staff: { id: a.staffId },
  reason: a.reason,
  status: a.status,
  decidedAt: a.decidedAt ?? null,
  filedAt: a.createdAt,
  decisionReason: a.decisionReason ?? null,
});
const view = appealView;

const REASON_MAX = 2000;

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
  async decide(
    principal: Principal,
    id: string,
    upheld: boolean,
    reason?: string | null,
  ): Promise<AppealView> {
    const why = reason?.trim() || null;
    if (reason != null && (!why || why.length > REASON_MAX))
      throw validationFailed(`a decision's reason is 1–${REASON_MAX} characters`, [
        { field: 'reason', message: `1–${REASON_MAX} characters` },
      ]);
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
      a.decisionReason = why;
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

  /**
   * Appeals waiting for a decision whose appellant works on a site in the caller's scope (one
   * site: `propertyId`), in the order filed. The caller's own appeals and those against findings
   * the caller recorded are left out: someone else decides those.
   */
  async pending(
    principal: Principal,
    propertyId: string | undefined,
    page: PageArgs,
  ): Promise<ConnectionShape<AppealView>> {
    const { limit, afterId } = decodePage(page);
    if (propertyId) assertPropertyVisible(principal, propertyId);
    const scope = principal.propertyScope === 'ALL' ? null : principal.propertyScope;
    if (scope && !scope.length) return toConnection([], limit, 0);
    const actor = principal.actor.id && isUuid(principal.actor.id) ? principal.actor.id : null;
    return this.db.tx(async (em) => {
      const { total, ids } = await pendingAppealsPage(em, { scope, propertyId, actor }, afterId, limit);
      const found = ids.length ? await em.find(Appeal, { id: { $in: ids } }, { orderBy: { id: 'asc' } }) : [];
      return toConnection(found.map(view), limit, total);
    }, principal);
  }
}
