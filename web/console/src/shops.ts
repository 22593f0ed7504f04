import { occupiesOn } from './format';

interface Occupant {
  id: string;
  name: string;
  occupancies: readonly { unitId: string; endDate?: string | null }[];
}

/**
 * Who may be registered as the shop of a unit (R-CUS-15): a customer occupying it today at the
 * property; one who has moved out is still found by the unit but is no longer its tenant.
 */
export const currentOccupants = <C extends Occupant>(
  customers: readonly C[],
  unitId: string,
  today: string,
): C[] => customers.filter((c) => c.occupancies.some((o) => o.unitId === unitId && occupiesOn(o, today)));
