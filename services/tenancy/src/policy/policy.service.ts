import { Clock, dateIn, DEFAULT_TIME_ZONE, isCalendarDate } from '@pm/time';
import { Events, policyDefinition, validatePolicyValue, isUuid } from '@pm/contracts';
import { Database } from '@pm/db';
import { publishInTx } from '@pm/events';
import { Principal } from '@pm/auth';
import { assertPropertyVisible, notFound, validationFailed } from '@pm/graphql';
import { Property } from '../property/property.entity';

import { PolicyValue } from './policy-value.entity';
import { resolvePolicy } from './policy.resolve';
import { Policy, PolicyChange, SetPolicyInput } from './policy.types';

export class PolicyService {
  constructor(
    private db: Database,
    private clock: Clock,
  ) {}

  async get(principal: Principal, propertyId: string | null, asOf?: string): Promise<Policy> {
    if (asOf && !isCalendarDate(asOf)) throw validationFailed('asOf must be YYYY-MM-DD');
    return this.db.tx(async (em) => {
      const tz = await this.timeZoneOf(em, principal, propertyId);
      const date = asOf ?? dateIn(this.clock.now(), tz);
      // `$in: [id, null]` would be `in (id, NULL)`, which never matches the company's rows.
      const rows = await em.find(
        PolicyValue,
        propertyId ? { $or: [{ propertyId }, { propertyId: null }] } : { propertyId: null },
      );
      return { propertyId, asOf: date, values: resolvePolicy(rows, date, propertyId) };
    });
  }

  async set(principal: Principal, input: SetPolicyInput): Promise<Policy> {
    const def = policyDefinition(input.key);
    if (!def)
      throw validationFailed(`unknown policy key "${input.key}"`, [
        { field: 'key', message: 'not in the policy catalog' },
      ]);
    const problems = validatePolicyValue(input.key, input.value).map((message) => ({
      field: 'value',
      message,
    }));
    if (input.propertyId && !def.perProperty)
      problems.push({
        field: 'propertyId',
        message: `${input.key} is company-wide and cannot be set per property`,
      });
    if (input.effectiveFrom && !isCalendarDate(input.effectiveFrom))
      problems.push({ field: 'effectiveFrom', message: 'must be YYYY-MM-DD' });
    if (problems.length) throw validationFailed('policy value is invalid', problems);
    const propertyId = input.propertyId ?? null;
    const effectiveFrom = await this.db.tx(async (em) => {
      const tz = await this.timeZoneOf(em, principal, propertyId);
      const from = input.effectiveFrom ?? dateIn(this.clock.now(), tz);
      em.create(PolicyValue, {
        key: input.key,
        propertyId: propertyId ?? undefined,
        value: input.value,
        effectiveFrom: from,
        setBy: principal.actor.id,
      });
      await em.flush();
      await publishInTx(em, Events.policyChanged, {
        key: input.key,
        value: input.value,
        propertyId: propertyId ?? undefined,
        effectiveFrom: from,
      });
      return from;
    });
    return this.get(principal, propertyId, effectiveFrom);
  }

  async history(principal: Principal, key: string, propertyId: string | null): Promise<PolicyChange[]> {
    return this.db.tx(async (em) => {
      await this.timeZoneOf(em, principal, propertyId);
      const rows = await em.find(
        PolicyValue,
        { key, propertyId },
        { orderBy: { effectiveFrom: 'desc', createdAt: 'desc' } },
      );
      return rows.map((r) => ({
        key: r.key,
        propertyId: r.propertyId ?? null,
        value: r.value,
        effectiveFrom: r.effectiveFrom,
        setBy: r.setBy ?? null,
        setAt: r.createdAt,
      }));
    });
  }

  private async timeZoneOf(
    em: Parameters<Parameters<Database['tx']>[0]>[0],
    principal: Principal,
    propertyId: string | null,
  ): Promise<string> {
    if (!propertyId) return DEFAULT_TIME_ZONE;
    if (!isUuid(propertyId)) throw notFound('property');
    assertPropertyVisible(principal, propertyId);
    const p = await em.findOne(Property, { id: propertyId });
    if (!p) throw notFound('property');
    return p.timeZone;
  }
}
