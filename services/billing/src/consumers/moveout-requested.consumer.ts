import { Clock } from '@pm/time';
import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { decideClearance } from '../clearance/clearance.service';

/** R-BIL-9: billing answers every move-out request with a clearance decision. */
export function moveOutRequestedHandler(
  clock: Clock,
): EventHandler<(typeof Events.moveOutRequested)['shape']> {
  return {
    name: 'billing.clearance',
    contract: Events.moveOutRequested,
    handle: (em, p) => decideClearance(em, clock, p),
  };
}
