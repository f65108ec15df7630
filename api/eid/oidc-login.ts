import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import type * as OpenIdClient from 'openid-client';
import type { OidcSettings } from '../../runtime/oidc-config';
import { phrase } from '../../i18n/phrase';
import { HttpError } from '../errors';

/** The browser's handle on its login under way: only the browser that started it can finish it (login CSRF). */
const ATTEMPT_COOKIE = 'claims_oidc_attempt';
/** The person has this long to get through the provider's pages. */
const ATTEMPT_LIFETIME_MS = 10 * 60_000;

/** openid-client is an ES module: loaded when a login first needs it (tests that build the app in-process never do). */
const openIdClient = (): Promise<typeof OpenIdClient> => import('openid-client');

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

export type ProviderName = 'customer' | 'staff';

/** What the provider vouched for: the identity claim's value and the ID token (its logout's hint). */
export interface ProvenIdentity {
  identity: string;
  idToken?: string;
}

const refused = (reason: string) => new HttpError(400, 'oidc_login_refused', phrase('eid.refused', { reason }));

/** What went wrong, as the innermost check words it ('unexpected ID Token "nonce" claim value'), with the provider's OAuth error code. */
function reasonOf(error: unknown): string {
  let innermost = error as Error & { error?: string };
  while (innermost.cause instanceof Error) innermost = innermost.cause as Error & { error?: string };
  const code = (error as { error?: unknown }).error ?? innermost.error;
  return typeof code === 'string' ? `${innermost.message} (${code})` : innermost.message;
}

/**
 * One OpenID Connect relying party (openid-client): authorization code with PKCE, state and nonce. The
 * state, nonce and verifier wait in the database under a random handle the browser holds in a cookie, and are
 * used once: a replayed or forged answer finds nothing, and openid-client checks state, nonce, the ID token's
 * signature and the code exchange (PKCE) on the real one.
 */
export class OidcLogin {
  private configuration?: Promise<OpenIdClient.Configuration>;

  constructor(
    private readonly knex: Knex,
    readonly name: ProviderName,
    private readonly settings: OidcSettings,
    private readonly options: { production: boolean; callbackPath: string },
  ) {}

  /** The provider's metadata, read once it is first needed (the provider may start after the API). */
  private discovered(): Promise<OpenIdClient.Configuration> {
    this.configuration ??= openIdClient().then((oidc) => oidc.discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined,
      // Only the embedded loopback provider speaks plain HTTP; production insists on HTTPS.
      this.options.production ? undefined : { execute: [oidc.allowInsecureRequests] }));
    this.configuration.catch(() => { this.configuration = undefined; });
    return this.configuration;
  }

  /** The configured address, or outside production this server as the browser reached it (localhost or 127.0.0.1). */
  private redirectUri(req: Request): string {
    return this.settings.redirectUri ?? `${req.protocol}://${req.get('host')}${this.options.callbackPath}`;
  }

  /** Remembers a new attempt for this browser and answers where to send it: the provider's authorization endpoint. */
  async start(req: Request, res: Response): Promise<string> {
    const [oidc, configuration] = await Promise.all([openIdClient(), this.discovered()]);
    const handle = randomBytes(32).toString('base64url');
    const attempt = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    await this.knex('oidcLoginAttempts').where('createdAt', '<', new Date(Date.now() - ATTEMPT_LIFETIME_MS)).delete();
    await this.knex('oidcLoginAttempts').insert({ idHash: hash(handle), provider: this.name, ...attempt });
    res.cookie(ATTEMPT_COOKIE, handle, { httpOnly: true, sameSite: 'lax', secure: this.options.production, maxAge: ATTEMPT_LIFETIME_MS, path: '/api/auth/' });
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri(req),
      scope: this.settings.scopes,
      state: attempt.state,
      nonce: attempt.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(attempt.codeVerifier),
      code_challenge_method: 'S256',
    }).href;
  }

  /** The provider's answer checked (once) and the identity it vouches for; anything else is refused (400). */
  async finish(req: Request, res: Response): Promise<ProvenIdentity> {
    const handle: unknown = req.cookies?.[ATTEMPT_COOKIE];
    res.clearCookie(ATTEMPT_COOKIE, { path: '/api/auth/' });
    if (typeof handle !== 'string' || !handle) throw refused('no login under way in this browser');
    const [attempt] = await this.knex('oidcLoginAttempts')
      .where({ idHash: hash(handle), provider: this.name })
      .where('createdAt', '>', new Date(Date.now() - ATTEMPT_LIFETIME_MS))
      .delete()
      .returning(['state', 'nonce', 'codeVerifier']);
    if (!attempt) throw refused('this login was already used or has expired');
    const [oidc, configuration] = await Promise.all([openIdClient(), this.discovered()]);
    const answered = new URL(this.redirectUri(req));
    answered.search = new URL(req.originalUrl, 'http://answer').search;
    let tokens: Awaited<ReturnType<typeof OpenIdClient.authorizationCodeGrant>>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, answered, {
        pkceCodeVerifier: attempt.codeVerifier, expectedState: attempt.state, expectedNonce: attempt.nonce, idTokenExpected: true,
      });
    } catch (error) {
      throw refused(reasonOf(error));
    }
    const claims = tokens.claims()!;
    let identity = claims[this.settings.identityClaim];
    if (identity === undefined && configuration.serverMetadata().userinfo_endpoint) {
      identity = (await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub))[this.settings.identityClaim];
    }
    if (typeof identity !== 'string' || !identity) throw refused(`the provider gave no ${this.settings.identityClaim}`);
    return { identity, idToken: tokens.id_token };
  }

  /** Where to end the person's session at the provider too, when it offers that (end_session_endpoint). */
  async logoutUrl(req: Request, idToken: string | null): Promise<string | null> {
    const [oidc, configuration] = await Promise.all([openIdClient(), this.discovered()]);
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const back = this.settings.postLogoutRedirectUri ?? `${req.protocol}://${req.get('host')}/login`;
    return oidc.buildEndSessionUrl(configuration, { post_logout_redirect_uri: back, ...(idToken ? { id_token_hint: idToken } : {}) }).href;
  }
}
