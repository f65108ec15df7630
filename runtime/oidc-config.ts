import { wholeNumber, type Env } from './env';

/** One OpenID Connect relying party of the portal: the eID path for customers, or the insurer's own IdP for staff. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends the browser back; unset outside production: this server, as the browser reached it. */
  redirectUri?: string;
  scopes: string;
  /** The claim (ID token or userinfo) identifying the person: the national register number for customers, e-mail for staff. */
  identityClaim: string;
  /** Where the provider's logout sends the browser back (the portal's login page). */
  postLogoutRedirectUri?: string;
}

export interface OidcConfig {
  /** CUSTOMER_OIDC_*: the eID (FAS / itsme). Unset: the embedded provider on loopback outside production, no eID login in production. */
  customer: OidcSettings | null;
  /** STAFF_OIDC_*: the insurer's own identity provider. Unset: staff log in with their password (development). */
  staff: OidcSettings | null;
  /** The embedded eID provider's port (EID_PROVIDER_PORT), when it runs. */
  embeddedProviderPort: number;
}

function settings(env: Env, prefix: string, identityClaim: string, scopes: string): OidcSettings | null {
  const issuer = env[`${prefix}_ISSUER`];
  if (!issuer) return null;
  const clientId = env[`${prefix}_CLIENT_ID`];
  const clientSecret = env[`${prefix}_CLIENT_SECRET`];
  if (!clientId || !clientSecret) throw new Error(`${prefix}_ISSUER is set: set ${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET too`);
  try {
    new URL(issuer);
  } catch {
    throw new Error(`${prefix}_ISSUER must be the provider's URL, got "${issuer}"`);
  }
  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri: env[`${prefix}_REDIRECT_URI`] || undefined,
    scopes: env[`${prefix}_SCOPES`] || scopes,
    identityClaim: env[`${prefix}_${prefix === 'CUSTOMER_OIDC' ? 'NRN' : 'EMAIL'}_CLAIM`] || identityClaim,
    postLogoutRedirectUri: env[`${prefix}_POST_LOGOUT_REDIRECT_URI`] || undefined,
  };
}

/** FAS (the federal authentication service) names the national register number egovNRN, under the scope egovnrn. */
export function oidcConfig(env: Env, production: boolean): OidcConfig {
  const customer = settings(env, 'CUSTOMER_OIDC', 'egovNRN', 'openid profile egovnrn');
  const staff = settings(env, 'STAFF_OIDC', 'email', 'openid profile email');
  // Production without CUSTOMER_OIDC_ISSUER offers no eID login (and never starts the embedded provider).
  if (production && ((customer && !customer.redirectUri) || (staff && !staff.redirectUri))) {
    throw new Error('Set CUSTOMER_OIDC_REDIRECT_URI (and STAFF_OIDC_REDIRECT_URI): production answers providers at its public address only');
  }
  return { customer, staff, embeddedProviderPort: wholeNumber(env, 'EID_PROVIDER_PORT', 3001, 1) };
}
