import { createHash, randomBytes } from 'node:crypto';
import { apiUrl, Session } from '../support/api';
import { EidBrowser, eidCard, refusal } from '../support/eid';

const sessionOf = (browser: EidBrowser) => new Session(apiUrl(), browser.sessionCookie ?? null);
const me = (browser: EidBrowser) => sessionOf(browser).get('/api/auth/me');

/** Issue 15 §1: customers log in with their eID through OpenID Connect (authorization code, PKCE, state, nonce). */
describe('eID login through OpenID Connect (the embedded eID provider)', () => {
  test('a customer reads her eID card at the provider and is logged in to the portal by her national register number', async () => {
    const browser = new EidBrowser();
    const authorization = await browser.start();
    expect(authorization.searchParams.get('response_type')).toBe('code');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('scope')).toBe('openid profile egovnrn');
    for (const parameter of ['state', 'nonce', 'code_challenge']) expect(authorization.searchParams.get(parameter)?.length).toBeGreaterThanOrEqual(43);

    const callback = await browser.callback(await browser.readCard(authorization, eidCard.an));
    expect([callback.status, callback.headers.get('location')]).toEqual([303, '/']);
    const reply = await me(browser);
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ email: 'an.peeters@bakkerij-peeters.example', role: 'customer' });
    expect(reply.body.organisations.map((o: { name: string }) => o.name)).toEqual(['Bakkerij Peeters BV', 'Peeters Vastgoed NV']);
    expect(reply.body.activeOrganisationId).toBe(reply.body.defaultOrganisationId); // as a password login: the default profile
  });

  test('logout ends the portal session and sends the browser to the provider to end the eID session there', async () => {
    const browser = new EidBrowser();
    expect((await browser.logIn(eidCard.els)).status).toBe(303);
    const session = sessionOf(browser);
    const logout = await session.post('/api/auth/provider-logout');
    expect(logout.status).toBe(200);
    const end = new URL(logout.body.providerLogoutUrl);
    expect(end.origin + end.pathname).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/session\/end$/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${apiUrl()}/login`);
    expect(end.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect((await session.get('/api/auth/me')).status).toBe(401);

    // At the provider: its logout page, answered yes, returns to the portal's login page.
    const page = await browser.get(end.href);
    const html = await page.text();
    expect(page.status).toBe(200);
    const action = /action="([^"]+)"/.exec(html)![1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)![1];
    const confirmed = await browser.post(new URL(action, end).href, { xsrf, logout: 'yes' });
    let location = new URL(confirmed.headers.get('location')!, end);
    if (!location.href.startsWith(apiUrl())) location = new URL((await browser.get(location.href)).headers.get('location')!, end);
    expect(location.href).toBe(`${apiUrl()}/login`);
  });

  test('a password login answers no provider logout', async () => {
    const session = await Session.login('sofie.maes@bakkerij-peeters.example');
    expect(await session.post('/api/auth/provider-logout')).toMatchObject({ status: 200, body: { providerLogoutUrl: null } });
  });

  test('someone no user agreement names is sent to the page that says how to get access, without a session', async () => {
    const browser = new EidBrowser();
    const callback = await browser.logIn(eidCard.pieter);
    expect([callback.status, callback.headers.get('location')]).toEqual([303, '/login/eid/unknown']);
    expect(browser.sessionCookie).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
  });

  test("a member of staff's national register number does not log in through the customers' eID path", async () => {
    const browser = new EidBrowser();
    const callback = await browser.logIn(eidCard.handler);
    expect(await refusal(callback)).toMatchObject({ status: 403, error: { code: 'eid_staff_refused' } });
    expect(browser.sessionCookie).toBeUndefined();
  });

  test('a tampered state is refused', async () => {
    const browser = new EidBrowser();
    const answer = await browser.readCard(await browser.start(), eidCard.an);
    answer.searchParams.set('state', randomBytes(32).toString('base64url'));
    const callback = await browser.callback(answer);
    const refused = await refusal(callback);
    expect(refused).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(refused.error.message).toMatch(/state/);
    expect(browser.sessionCookie).toBeUndefined();
  });

  test('a replayed authorization response (the same code twice) is refused', async () => {
    const browser = new EidBrowser();
    const answer = await browser.readCard(await browser.start(), eidCard.an);
    const attempt = browser.portal.get('claims_oidc_attempt')!;
    expect((await browser.callback(answer)).status).toBe(303);
    const firstSession = browser.sessionCookie;

    // The same answer again, even with the attempt's cookie put back, logs nobody in.
    const replayer = new EidBrowser();
    replayer.portal.take(new Response(null, { headers: { 'set-cookie': `claims_oidc_attempt=${attempt}` } }));
    const replayed = await replayer.callback(answer);
    expect(await refusal(replayed)).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(replayer.sessionCookie).toBeUndefined();

    // A new attempt in the replayer's browser does not take someone else's code either (its state, its PKCE verifier).
    await replayer.start();
    const reattempt = await replayer.callback(answer);
    expect(await refusal(reattempt)).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(replayer.sessionCookie).toBeUndefined();
    expect(firstSession).toBeDefined(); // the one real answer did log in
  });

  test('an ID token for another nonce is refused', async () => {
    const browser = new EidBrowser();
    const authorization = await browser.start();
    authorization.searchParams.set('nonce', randomBytes(32).toString('base64url'));
    const callback = await browser.callback(await browser.readCard(authorization, eidCard.an));
    const refused = await refusal(callback);
    expect(refused).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(refused.error.message).toMatch(/nonce/);
    expect(browser.sessionCookie).toBeUndefined();
  });

  test("a code issued for another PKCE challenge is refused: the portal's verifier does not match", async () => {
    const browser = new EidBrowser();
    const authorization = await browser.start();
    const otherVerifier = randomBytes(32).toString('base64url');
    authorization.searchParams.set('code_challenge', createHash('sha256').update(otherVerifier).digest('base64url'));
    const callback = await browser.callback(await browser.readCard(authorization, eidCard.an));
    const refused = await refusal(callback);
    expect(refused).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(refused.error.message).toMatch(/invalid_grant/); // the provider's token endpoint: the verifier fits no challenge
    expect(browser.sessionCookie).toBeUndefined();
  });

  test('an authorization request without PKCE is refused by the provider, and its error answer logs nobody in', async () => {
    const browser = new EidBrowser();
    const authorization = await browser.start();
    authorization.searchParams.delete('code_challenge');
    authorization.searchParams.delete('code_challenge_method');
    const answer = await browser.readCard(authorization, eidCard.an);
    expect(answer.searchParams.get('error')).toBe('invalid_request');
    const callback = await browser.callback(answer);
    const refused = await refusal(callback);
    expect(refused).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
    expect(refused.error.message).toMatch(/invalid_request/);
    expect(browser.sessionCookie).toBeUndefined();
  });

  test("the staff's OpenID Connect path is not served while no staff identity provider is configured (staff use their password in development)", async () => {
    const browser = new EidBrowser();
    expect(await refusal(await browser.get(`${apiUrl()}/api/auth/staff/start`))).toMatchObject({ status: 404, error: { code: 'not_found' } });
    expect((await Session.login('handler@insurer.example')).me.user.role).toBe('handler');
  });

  test('a callback in a browser that started no login is refused', async () => {
    const browser = new EidBrowser();
    const callback = await browser.get(`${apiUrl()}/api/auth/eid/callback?code=abc&state=def`);
    expect(await refusal(callback)).toMatchObject({ status: 400, error: { code: 'oidc_login_refused' } });
  });
});
