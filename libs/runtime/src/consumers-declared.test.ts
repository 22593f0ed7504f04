import { Events } from '@pm/contracts';
import { EventHandler } from '@pm/events';
import { policyChangedHandler } from '@pm/policy';
import { checkConsumersDeclared } from './subgraph';

/**
 * A service's NATS user may create and pull only the durable consumers its manifest entry
 * declares: the runtime refuses to start any other, naming it, instead of failing later on a
 * permissions violation.
 */
describe('checkConsumersDeclared', () => {
  const handler = (name: string, contract: EventHandler['contract']): EventHandler => ({
    name,
    contract,
    handle: async () => undefined,
  });

  it('accepts the declared consumers', () => {
    expect(() =>
      checkConsumersDeclared('billing', [
        policyChangedHandler('billing'),
        handler('billing.repair-charges', Events.ticketCompleted),
      ]),
    ).not.toThrow();
  });

  it('refuses an undeclared name, or a declared name on another subject', () => {
    expect(() =>
      checkConsumersDeclared('billing', [handler('billing.spy', Events.occupancyStarted)]),
    ).toThrow(/billing\.spy on pm\.customers\.occupancy\.started/);
    expect(() =>
      checkConsumersDeclared('billing', [handler('billing.repair-charges', Events.ticketClosed)]),
    ).toThrow(/billing\.repair-charges on pm\.tickets\.ticket\.closed/);
    expect(() => checkConsumersDeclared('gateway', [])).toThrow(/not a service of the manifest/);
  });
});
