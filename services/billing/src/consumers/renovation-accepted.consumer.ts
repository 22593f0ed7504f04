import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { requireTenant } from '@pm/tenant-context';
import { acceptRenovationDeposits } from '../deposit/deposit.service';

/**
 * R-BIL-10: a formally accepted renovation (customers, R-CUS-11) starts the refund period of its
 * unit's renovation and utility deposits. Once per event through the inbox; a second event for
 * the same acceptance finds the deposits accepted already and changes nothing.
 */
export const renovationAcceptedHandler: EventHandler<(typeof Events.renovationAccepted)['shape']> = {
  name: 'billing.renovation-accepted',
  contract: Events.renovationAccepted,
  async handle(em, p) {
    await acceptRenovationDeposits(em, requireTenant(), p);
  },
};
