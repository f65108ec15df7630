import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import express from 'express';
import type Provider from 'oidc-provider';
import { eidCards } from '../../db/seeds/demo-data';
import type { OidcSettings } from '../oidc-config';
import { cardPage, errorPage, loggedOutPage, logoutPage } from './card-page';

/** The embedded provider's only client: the portal (its secret is new at every start). */
const PORTAL_CLIENT_ID = 'claims-portal';

export interface EmbeddedEidProvider {
  /** How the portal reaches it, as it would reach the real eID issuer. */
  settings: OidcSettings;
  stop: () => Promise<void>;
}

/**
 * A real OpenID Connect provider on loopback playing the eID's role in development and tests (issue 15):
 * authorization code with PKCE (required), the national register number as the claim egovNRN under the
 * scope egovnrn as the federal authentication service names them, RP-initiated logout. Production never
 * starts it (runtime/system).
 */
export async function startEmbeddedEidProvider(port: number, portalPort: number): Promise<EmbeddedEidProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const clientSecret = randomBytes(24).toString('base64url');
  const portals = [`http://localhost:${portalPort}`, `http://127.0.0.1:${portalPort}`];
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // oidc-provider is an ES module: loaded only when the embedded provider starts.
  const { default: OidcProvider } = await import('oidc-provider');
  const provider: Provider = new OidcProvider(issuer, {
    clients: [{
      client_id: PORTAL_CLIENT_ID,
      client_secret: clientSecret,
      redirect_uris: portals.map((portal) => `${portal}/api/auth/eid/callback`),
      post_logout_redirect_uris: portals.map((portal) => `${portal}/login`),
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    claims: { openid: ['sub'], profile: ['name', 'given_name', 'family_name'], egovnrn: ['egovNRN'] },
    // The card's data in the ID token, as the eID gives it, not only at the userinfo endpoint.
    conformIdTokenClaims: false,
    findAccount: async (_ctx: unknown, sub: string) => {
      const card = eidCards.find((candidate) => candidate.nationalRegisterNumber === sub);
      return card && {
        accountId: sub,
        claims: async () => ({ sub, egovNRN: card.nationalRegisterNumber, given_name: card.givenName, family_name: card.familyName, name: `${card.givenName} ${card.familyName}` }),
      };
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: { body: string }, form: string) => { ctx.body = logoutPage(form); },
        postLogoutSuccessSource: async (ctx: { body: string }) => { ctx.body = loggedOutPage(); },
      },
    },
    pkce: { methods: ['S256'], required: () => true },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'embedded-eid', use: 'sig', alg: 'RS256' }] },
    ttl: { AuthorizationCode: 60, IdToken: 3600, AccessToken: 3600, Interaction: 600, Session: 3600, Grant: 3600 },
  });

  const app = express();
  app.disable('x-powered-by');
  app.get('/interaction/:uid', async (req, res, next) => {
    try {
      const interaction = await provider.interactionDetails(req, res);
      res.type('html').send(cardPage(interaction.uid));
    } catch (error) {
      next(error);
    }
  });
  // The card read: logged in as its holder, and the portal's requested scopes granted (the eID asks no consent).
  app.post('/interaction/:uid/card', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res, next) => {
    try {
      const interaction = await provider.interactionDetails(req, res);
      const card = eidCards.find((candidate) => candidate.nationalRegisterNumber === req.body?.nationalRegisterNumber);
      if (!card) {
        res.status(400).type('text').send('No such demo card.');
        return;
      }
      const grant = new provider.Grant({ accountId: card.nationalRegisterNumber, clientId: interaction.params.client_id });
      grant.addOIDCScope(String(interaction.params.scope ?? 'openid'));
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, { login: { accountId: card.nationalRegisterNumber }, consent: { grantId } }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  app.post('/interaction/:uid/abort', async (req, res, next) => {
    try {
      await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled reading their card' }, { mergeWithLastSubmission: false });
    } catch (error) {
      next(error);
    }
  });
  app.use(provider.callback());
  app.use(((error, _req, res, _next) => {
    res.status(400).type('html').send(errorPage(`${(error as Error).name}: ${(error as Error).message}`));
  }) as express.ErrorRequestHandler);

  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, '127.0.0.1', () => resolve(listening)).once('error', reject);
  });
  return {
    settings: {
      issuer,
      clientId: PORTAL_CLIENT_ID,
      clientSecret,
      scopes: 'openid profile egovnrn',
      identityClaim: 'egovNRN',
    },
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
