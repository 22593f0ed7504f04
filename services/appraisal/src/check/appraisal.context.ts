import { DEFAULT_TIME_ZONE, dateIn } from '@pm/time';
import { EntityManager } from '@mikro-orm/postgresql';
import { Principal } from '@pm/auth';
import { StaffRole, isUuid } from '@pm/contracts';
import { notFound } from '@pm/graphql';
import { policyValue } from '@pm/policy';
import { StaffMember } from '../staff/staff-member.entity';
import { PropertyProjection } from '../property/property-projection.entity';
import { FREQUENCY_POLICY_KEYS, FrequencyPolicies, StaffInfo } from '../schedule/schedule';
import { ALL_TEMPLATE_KEYS, TemplatePolicies, SheetTemplate, buildTemplate } from '../scoring/template';
import { SheetKind } from '../scoring/codes';

export const toInfo = (s: StaffMember): StaffInfo => ({
  id: s.id,
  roles: s.roles,
  propertyIds: s.propertyIds,
  managerId: s.managerId,
  joinedOn: s.joinedOn,
  leftOn: s.leftOn ?? null,
});

/** Everyone of the tenant (RLS): the schedule needs the reporting lines. */
export const allStaff = async (em: EntityManager) => (await em.find(StaffMember, {})).map(toInfo);

/**
 * The caller as a person of the schedule: their staff record (by Keycloak user id), or, for
 * the company admin created at sign-up (no staff record), a company-wide stand-in.
 */
export async function callerInfo(em: EntityManager, p: Principal): Promise<StaffInfo | undefined> {
  const me = p.actor.id && isUuid(p.actor.id) ? await em.findOne(StaffMember, { userId: p.actor.id }) : null;
  if (me) return toInfo(me);
  if (p.roles.includes(StaffRole.ADMIN) || p.roles.includes(StaffRole.HQ))
    return {
      id: p.actor.id ?? 'unknown',
      roles: p.roles,
      propertyIds: [],
      managerId: null,
      joinedOn: '1970-01-01',
    };
  return undefined;
}

/** A person is visible if one of their sites is in the caller's scope (company roles: everyone). */
export function staffVisible(p: Principal, s: { propertyIds: string[] }): boolean {
  return p.propertyScope === 'ALL' || s.propertyIds.some((id) => (p.propertyScope as string[]).includes(id));
}

export async function visibleStaff(em: EntityManager, p: Principal, staffId: string): Promise<StaffMember> {
  const s = isUuid(staffId) ? await em.findOne(StaffMember, { id: staffId }) : null;
  if (!s || !staffVisible(p, s)) throw notFound('staff member');
  return s;
}

export async function frequencies(em: EntityManager, asOf: string): Promise<FrequencyPolicies> {
  const out: Record<string, unknown> = {};
  for (const [k, key] of Object.entries(FREQUENCY_POLICY_KEYS))
    out[k] = await policyValue(em, key, null, asOf);
  return out as unknown as FrequencyPolicies;
}

export async function templateFor(em: EntityManager, sheet: SheetKind, asOf: string): Promise<SheetTemplate> {
  const values: Record<string, unknown> = {};
  for (const key of ALL_TEMPLATE_KEYS) values[key] = await policyValue(em, key, null, asOf);
  return buildTemplate(sheet, values as TemplatePolicies, asOf);
}

/** Today in the zone of the person's first site (deadlines in the property's zone). */
export async function todayFor(em: EntityManager, propertyIds: string[], now: Date): Promise<string> {
  const p = propertyIds.length ? await em.findOne(PropertyProjection, { id: propertyIds[0] }) : null;
  return dateIn(now, p?.timeZone ?? DEFAULT_TIME_ZONE);
}
