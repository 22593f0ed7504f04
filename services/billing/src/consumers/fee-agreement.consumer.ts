import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { FeeAgreement, FeePayerParty } from '../projection/fee-agreement.entity';
import { agreedBillPayer } from '../projection/fee-payer.rules';

/**
 * R-CUS-8: a sublet's agreed fee payer, kept so the bill run bills the unit to that party over the
 * sublet's dates. Keyed by the sublet id: the same sublet heard twice is one agreement.
 */
export const subletRegisteredHandler: EventHandler<(typeof Events.subletRegistered)['shape']> = {
  name: 'billing.fee-agreements',
  contract: Events.subletRegistered,
  async handle(em, p) {
    if (await em.findOne(FeeAgreement, p.subletId)) return;
    const feePayers = Array.isArray(p.feePayers) ? (p.feePayers as { feeItem: string; payer: string }[]) : [];
    em.create(FeeAgreement, {
      id: p.subletId,
      propertyId: p.propertyId,
      unitId: p.unitId,
      ownerId: p.ownerId,
      lesseeId: p.lesseeId,
      startDate: p.startDate,
      endDate: p.endDate ?? null,
      payer: FeePayerParty[agreedBillPayer(feePayers.filter((f) => typeof f?.feeItem === 'string'))],
    });
  },
};
