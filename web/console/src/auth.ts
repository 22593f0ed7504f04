import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ConsoleConfig } from './config';

/** A company code: the realm is pm-<slug> (tenancy's sign-up rule). */
export const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const REMEMBERED = 'pm.company';

export const rememberedCompany = () => localStorage.getItem(REMEMBERED) ?? '';
export const rememberCompany = (slug: string) => localStorage.setItem(REMEMBERED, slug);

const managers = new Map<string, UserManager>();

/**
 * Authorization code with PKCE against the company's own realm (public client pm-console).
 * Tokens stay in sessionStorage (gone with the tab); renewal uses the refresh token before expiry.
 */
export function userManager(config: ConsoleConfig, slug: string): UserManager {
  let m = managers.get(slug);
  if (!m) {
    const origin = window.location.origin;
    m = new UserManager({
      authority: `${config.keycloakUrl.replace(/\/$/, '')}/realms/pm-${slug}`,
      client_id: 'pm-console',
      redirect_uri: `${origin}/c/${slug}/callback`,
      post_logout_redirect_uri: `${origin}/`,
      response_type: 'code',
      scope: 'openid',
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
    managers.set(slug, m);
  }
  return m;
}

/** Realm roles of an access token (Keycloak puts them in realm_access.roles). */
export function rolesOf(accessToken: string): string[] {
  try {
    const payload = accessToken.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(decodeURIComponent(escape(atob(payload)))) as {
      realm_access?: { roles?: string[] };
    };
    return json.realm_access?.roles ?? [];
  } catch {
    return [];
  }
}
