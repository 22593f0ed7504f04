import { Principal } from '@pm/auth';
import { Database } from '@pm/db';
import { validationFailed } from '@pm/graphql';
import { Webhook } from './webhook.entity';
import { CreateWebhookInput } from './webhook.inputs';
import { nameProblems } from './webhook.rules';

export class WebhookService {
  constructor(private db: Database) {}

  async create(principal: Principal, input: CreateWebhookInput): Promise<Webhook> {
    const problems = nameProblems(input.name);
    if (problems.length) throw validationFailed('webhook is invalid', problems);
    return this.db.tx(async (em) => {
      const row = em.create(Webhook, { propertyId: input.propertyId, name: input.name.trim() });
      await em.flush();
      return row;
    }, principal);
  }

  /** Another tenant's or another site's rows are not there (tenant and site filters). */
  list(principal: Principal, propertyId: string): Promise<Webhook[]> {
    return this.db.tx(
      (em) => em.find(Webhook, { propertyId }, { orderBy: { id: 'asc' }, limit: 200 }),
      principal,
    );
  }
}
