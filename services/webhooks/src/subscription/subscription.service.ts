import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { ErrorCode, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { DomainError, conflict, notFound, validationFailed } from '@pm/graphql';
import { PropertyProjection } from '../projection/projection.entities';
import { TargetGuard, TargetRefused } from '../target/target';
import { WebhookSubscription, WebhookSubscriptionStatus } from './subscription.entity';
import { CreateWebhookSubscriptionInput } from './subscription.inputs';
import { subscriptionProblems } from './subscription.rules';
import { SecretBox, newSigningSecret } from './subscription.secret';

/** How long a subscription's host may take to resolve before we say it does not. */
const RESOLVE_TIMEOUT_MS = 5_000;

export interface SubscriptionLimits {
  /** Subscriptions per company: each one multiplies every event it lists. */
  maxSubscriptions: number;
}

/** A company's webhook subscriptions (R-WHK-1, R-WHK-3): made, listed, disabled, enabled, deleted. */
export class SubscriptionService {
  constructor(
    private db: Database,
    private guard: TargetGuard,
    private box: SecretBox,
    private limits: SubscriptionLimits,
  ) {}

  async create(principal: Principal, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    const problems = subscriptionProblems(input);
    if (problems.length) throw validationFailed('webhook subscription is invalid', problems);
    const url = input.url.trim();
    await this.checkTarget(url);
    const secret = newSigningSecret();
    const made = await this.db.tx(async (em) => {
      if ((await em.count(WebhookSubscription, {})) >= this.limits.maxSubscriptions)
        throw conflict(`a company may have at most ${this.limits.maxSubscriptions} webhook subscriptions`, {
          max: this.limits.maxSubscriptions,
        });
      const propertyIds = [...new Set(input.propertyIds ?? [])];
      await assertProperties(em, propertyIds);
      const s = em.create(WebhookSubscription, {
        url,
        events: [...new Set(input.events)],
        propertyIds,
        description: input.description?.trim() || null,
        secretSealed: this.box.seal(secret),
        createdBy: principal.actor.id ?? null,
      });
      await em.flush();
      return s;
    }, principal);
    // Shown once: never stored in the clear, never answered again.
    made.secret = secret;
    return made;
  }

  list(principal: Principal): Promise<WebhookSubscription[]> {
    return this.db.tx((em) => em.find(WebhookSubscription, {}, { orderBy: { id: 'asc' } }), principal);
  }

  /** Another company's subscription is not there (tenant filter, RLS): null. */
  get(principal: Principal, id: string): Promise<WebhookSubscription | null> {
    return this.db.tx((em) => em.findOne(WebhookSubscription, { id }), principal);
  }

  disable(principal: Principal, id: string, now: Date): Promise<WebhookSubscription> {
    return this.change(principal, id, (s) => {
      if (s.status === WebhookSubscriptionStatus.DISABLED) return;
      s.status = WebhookSubscriptionStatus.DISABLED;
      s.disabledAt = now;
    });
  }

  /** The URL is checked again: what it resolves to may have changed since it was made. */
  async enable(principal: Principal, id: string): Promise<WebhookSubscription> {
    const s = await this.get(principal, id);
    if (!s) throw notFound('webhook subscription');
    await this.checkTarget(s.url);
    return this.change(principal, id, (x) => {
      x.status = WebhookSubscriptionStatus.ACTIVE;
      x.disabledAt = null;
    });
  }

  /** Its deliveries go with it (foreign key on delete cascade); the events stay until purged. */
  async delete(principal: Principal, id: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const s = isUuid(id) ? await em.findOne(WebhookSubscription, { id }) : null;
      if (!s) throw notFound('webhook subscription');
      await em.remove(s).flush();
      return true;
    }, principal);
  }

  private change(
    principal: Principal,
    id: string,
    fn: (s: WebhookSubscription) => void,
  ): Promise<WebhookSubscription> {
    return this.db.tx(async (em) => {
      const s = await em.findOne(WebhookSubscription, { id });
      if (!s) throw notFound('webhook subscription');
      fn(s);
      await em.flush();
      return s;
    }, principal);
  }

  /** R-WHK-3 at subscription time: URL_NOT_ALLOWED names the address; a host that does not resolve is invalid. */
  private async checkTarget(url: string): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.guard.check(url),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(Object.assign(new Error('no answer'), { code: 'ETIMEOUT' })),
            RESOLVE_TIMEOUT_MS,
          );
        }),
      ]);
    } catch (e) {
      if (e instanceof TargetRefused)
        throw new DomainError(ErrorCode.URL_NOT_ALLOWED, `webhook URL refused: ${e.message}`, {
          problems: [{ field: 'url', message: e.message }],
        });
      const code = (e as NodeJS.ErrnoException).code ?? 'ENOTFOUND';
      throw validationFailed('webhook URL does not resolve', [
        { field: 'url', message: `its host does not resolve (${code})` },
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** A property filter names the company's own properties only (another company's id is unknown). */
async function assertProperties(em: EntityManager, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const known = new Set((await em.find(PropertyProjection, { id: { $in: ids } })).map((p) => p.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length)
    throw validationFailed(
      'unknown property',
      unknown.map((id) => ({ field: 'propertyIds', message: `no property ${id}` })),
    );
}
