import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import {
  DocumentLanguage,
  DocumentLink,
  DocumentStore,
  fileNameOf,
  letterhead,
  pick,
  unitLabel,
} from '@pm/documents';
import { notFound } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { Clock, dateIn } from '@pm/time';
import { Customer } from '../customer/customer.entity';
import { PropertyProjection, UnitProjection } from '../property/property.entity';
import { MoveOutRequest } from './moveout.entity';
import { releasePassPage } from './moveout.pages';
import { passValidity } from './moveout.rules';
import { ReleasePassCheck } from './moveout.types';

/** R-DOC-4: the release pass as printed, and its check at the gate. */
export class ReleasePassService {
  constructor(
    private db: Database,
    private clock: Clock,
    private store: DocumentStore,
  ) {}

  /** Null until billing cleared the request (a pass exists only then, R-BIL-9). */
  async releasePass(
    p: Principal,
    requestId: string,
    lang: DocumentLanguage,
    origin: string,
  ): Promise<DocumentLink | null> {
    const data = await this.db.tx(async (em) => {
      const r = await em.findOne(MoveOutRequest, requestId);
      if (!r) throw notFound('move-out request');
      if (!r.releasePassNumber) return null;
      const property = await em.findOneOrFail(PropertyProjection, r.propertyId);
      const today = dateIn(this.clock.now(), property.timeZone);
      const check = passValidity({
        ...r,
        validDays: await policyValue<number>(
          em,
          'documents.releasePassValidDays',
          r.propertyId,
          r.plannedDate,
        ),
        today,
      });
      return {
        r,
        property,
        check,
        today,
        unit: await em.findOne(UnitProjection, r.unitId),
        customer: await em.findOne(Customer, r.customerId),
        head: await letterhead(em, property, today, lang),
      };
    }, p);
    if (!data) return null;
    const { r, property, check, unit, customer, head } = data;
    const page = releasePassPage(
      {
        number: r.releasePassNumber!,
        propertyName: property.name,
        unit: unit ?? undefined,
        customerName: customer?.name ?? '—',
        reason: r.reason,
        goodsDescription: r.goodsDescription,
        validFrom: check.validFrom,
        validUntil: check.validUntil,
        issuedBy: r.createdByName,
        issuedOn: r.decidedAt ? dateIn(r.decidedAt, property.timeZone) : data.today,
      },
      head,
      lang,
    );
    return this.store.create(
      p,
      {
        kind: 'RELEASE_PASS',
        fileName: fileNameOf(
          pick(lang, '放行条', 'release-pass'),
          r.releasePassNumber!,
          unitLabel(unit, lang),
        ),
        pages: [page],
        meta: { title: page.title, author: page.company },
      },
      origin,
    );
  }

  /** The gate's scan: the pass as recorded and whether it is good today in the property's zone. */
  async check(p: Principal, number: string): Promise<ReleasePassCheck> {
    const n = number.trim().slice(0, 40);
    return this.db.tx(async (em) => {
      // Another site's pass is not found (site filter on the request's property).
      const r = n ? await em.findOne(MoveOutRequest, { releasePassNumber: n }) : null;
      if (!r) return { number: n, valid: false, reason: 'NOT_FOUND' };
      const property = await em.findOneOrFail(PropertyProjection, r.propertyId);
      const v = passValidity({
        ...r,
        validDays: await policyValue<number>(
          em,
          'documents.releasePassValidDays',
          r.propertyId,
          r.plannedDate,
        ),
        today: dateIn(this.clock.now(), property.timeZone),
      });
      const unit = await em.findOne(UnitProjection, r.unitId);
      const customer = await em.findOne(Customer, r.customerId);
      return {
        number: n,
        valid: v.valid,
        reason: v.reason ?? null,
        validFrom: v.validFrom,
        validUntil: v.validUntil,
        customerName: customer?.name ?? null,
        unit: unitLabel(unit, DocumentLanguage.ZH_CN),
        goodsDescription: r.goodsDescription ?? null,
        moveOutRequestId: r.id,
      };
    }, p);
  }
}
