import { isUuid } from '@pm/contracts';
import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { conflict, forbidden, notFound, validationFailed } from '@pm/graphql';
import { SuggestionView } from '../check/check.types';
import { allStaff, callerInfo, frequencies, visibleStaff } from '../check/appraisal.context';
import { mayCheck } from '../schedule/schedule';
import { Suggestion, SuggestionStatus } from './suggestion.entity';

export const suggestionView = (s: Suggestion): SuggestionView => ({
  id: s.id,
  staff: { id: s.staffId },
  item: s.item,
  source: s.sourceType,
  ticketId: s.ticketId ?? null,
  reason: s.reason,
  status: s.status,
  dismissReason: s.dismissReason ?? null,
  findingId: s.findingId ?? null,
});

/** R-APR-7: suggested findings are read and decided by the people allowed to check the person. */
export class SuggestionService {
  constructor(private db: Database) {}

  async list(
    principal: Principal,
    staffId: string,
    status?: SuggestionStatus | null,
  ): Promise<SuggestionView[]> {
    return this.db.tx(async (em) => {
      const target = await visibleStaff(em, principal, staffId);
      const me = await callerInfo(em, principal);
      const all = await allStaff(em);
      const info = all.find((s) => s.id === target.id)!;
      if (
        !me ||
        (me.id !== target.id && !mayCheck(me, info, all, await frequencies(em, '9999-12-31')).allowed)
      )
        throw forbidden('only the person and their checkers see suggested findings');
      const rows = await em.find(
        Suggestion,
        { staffId: target.id, ...(status ? { status } : {}) },
        { orderBy: { id: 'asc' } },
      );
      return rows.map(suggestionView);
    });
  }

  async dismiss(principal: Principal, id: string, reason: string): Promise<SuggestionView> {
    if (!reason?.trim())
      throw validationFailed('a dismissal needs a reason', [{ field: 'reason', message: 'required' }]);
    return this.db.tx(async (em) => {
      const s = isUuid(id) ? await em.findOne(Suggestion, { id }) : null;
      if (!s) throw notFound('suggested finding');
      const target = await visibleStaff(em, principal, s.staffId);
      const me = await callerInfo(em, principal);
      const all = await allStaff(em);
      if (
        !me ||
        !mayCheck(
          me,
          all.find((x) => x.id === target.id)!,
          all,
          await frequencies(em, '9999-12-31'),
        ).allowed
      )
        throw forbidden('only a checker of this person may dismiss it');
      if (s.status !== SuggestionStatus.SUGGESTED) throw conflict(`suggestion is already ${s.status}`);
      s.status = SuggestionStatus.DISMISSED;
      s.dismissReason = reason.trim();
      s.decidedByUserId = principal.actor.id ?? null;
      await em.flush();
      return suggestionView(s);
    });
  }
}
