/** Who pays a sublet unit's bill as agreed in the lease (R-CUS-8): the owner or the lessee. */
export type AgreedPayer = 'OWNER' | 'LESSEE';

/** The fee items that name the management-fee bill, as customers' front desk enters them. */
const BILL_ITEMS = new Set(['MANAGEMENT', '管理费', '物业管理费', '物业服务费']);

/**
 * R-CUS-8: a unit has one monthly bill, so it goes to whoever the sublet agreement names for the
 * management fee; failing that, to the party that pays every item listed; else the owner, who
 * answers for the unit's fees when the lease leaves it open.
 */
export function agreedBillPayer(feePayers: { feeItem: string; payer: string }[]): AgreedPayer {
  const named = feePayers.find((f) => BILL_ITEMS.has(f.feeItem.trim().toUpperCase()));
  if (named) return named.payer === 'LESSEE' ? 'LESSEE' : 'OWNER';
  const payers = new Set(feePayers.map((f) => f.payer));
  return payers.size === 1 && payers.has('LESSEE') ? 'LESSEE' : 'OWNER';
}
