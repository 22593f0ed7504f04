/** Plain validation of a sign-up, shared by the service and its unit tests. */
export const SLUG = /^[a-z0-9][a-z0-9-]{1,28}[a-z0-9]$/;
const RESERVED = new Set(['admin', 'master', 'api', 'www', 'platform', 'system', 'keycloak', 'test']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export interface Problem {
  field: string;
  message: string;
}

export function signUpProblems(i: {
  companyName: string;
  slug: string;
  adminEmail: string;
  adminPassword: string;
}): Problem[] {
  const p: Problem[] = [];
  const name = i.companyName.trim();
  if (name.length < 2 || name.length > 100)
    p.push({ field: 'companyName', message: 'must be 2–100 characters' });
  if (!SLUG.test(i.slug) || i.slug.includes('--'))
    p.push({ field: 'slug', message: 'must be 3–30 lower-case letters, digits or single dashes' });
  else if (RESERVED.has(i.slug)) p.push({ field: 'slug', message: 'is reserved' });
  if (!EMAIL.test(i.adminEmail) || i.adminEmail.length > 254)
    p.push({ field: 'adminEmail', message: 'is not an e-mail address' });
  p.push(...passwordProblems(i.adminPassword, i.adminEmail, 'adminPassword'));
  return p;
}

/** Mirrors the realm's password policy so a weak password fails before anything is created. */
export function passwordProblems(password: string, email: string, field = 'password'): Problem[] {
  const p: Problem[] = [];
  if (password.length < 8 || password.length > 128) p.push({ field, message: 'must be 8–128 characters' });
  if (!/[a-z]/.test(password) || !/\d/.test(password))
    p.push({ field, message: 'needs a lower-case letter and a digit' });
  const local = email.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && password.toLowerCase().includes(local))
    p.push({ field, message: 'must not contain the e-mail name' });
  return p;
}

export const isEmail = (v: string) => EMAIL.test(v) && v.length <= 254;
