import { oidcConfig } from '../../runtime/oidc-config';

describe('the OpenID Connect logins read from the environment', () => {
  test('without an issuer the customers get the embedded eID provider on port 3001 and staff their password', () => {
    expect(oidcConfig({}, false)).toEqual({ customer: null, staff: null, embeddedProviderPort: 3001 });
    expect(oidcConfig({ EID_PROVIDER_PORT: '4100' }, false).embeddedProviderPort).toBe(4100);
  });

  test("the eID issuer's client, scopes and national register number claim", () => {
    const { customer } = oidcConfig({
      CUSTOMER_OIDC_ISSUER: 'https://idp.iamfas.belgium.be/fas/oauth2', CUSTOMER_OIDC_CLIENT_ID: 'insurer', CUSTOMER_OIDC_CLIENT_SECRET: 's3cret',
      CUSTOMER_OIDC_REDIRECT_URI: 'https://portal.insurer.example/api/auth/eid/callback',
    }, true);
    expect(customer).toEqual({
      issuer: 'https://idp.iamfas.belgium.be/fas/oauth2', clientId: 'insurer', clientSecret: 's3cret',
      redirectUri: 'https://portal.insurer.example/api/auth/eid/callback', scopes: 'openid profile egovnrn', identityClaim: 'egovNRN', postLogoutRedirectUri: undefined,
    });
    expect(oidcConfig({ CUSTOMER_OIDC_ISSUER: 'https://idp.example', CUSTOMER_OIDC_CLIENT_ID: 'a', CUSTOMER_OIDC_CLIENT_SECRET: 'b', CUSTOMER_OIDC_NRN_CLAIM: 'nrn', CUSTOMER_OIDC_SCOPES: 'openid nrn' }, false).customer)
      .toMatchObject({ identityClaim: 'nrn', scopes: 'openid nrn' });
  });

  test("the staff's own identity provider, known by e-mail", () => {
    expect(oidcConfig({ STAFF_OIDC_ISSUER: 'https://login.insurer.example', STAFF_OIDC_CLIENT_ID: 'claims', STAFF_OIDC_CLIENT_SECRET: 'x' }, false).staff)
      .toMatchObject({ issuer: 'https://login.insurer.example', scopes: 'openid profile email', identityClaim: 'email' });
  });

  test('an issuer without its client, a malformed issuer, or production without a public redirect address stops the start', () => {
    expect(() => oidcConfig({ CUSTOMER_OIDC_ISSUER: 'https://idp.example' }, false)).toThrow('set CUSTOMER_OIDC_CLIENT_ID and CUSTOMER_OIDC_CLIENT_SECRET');
    expect(() => oidcConfig({ STAFF_OIDC_ISSUER: 'idp', STAFF_OIDC_CLIENT_ID: 'a', STAFF_OIDC_CLIENT_SECRET: 'b' }, false)).toThrow("STAFF_OIDC_ISSUER must be the provider's URL");
    expect(() => oidcConfig({ CUSTOMER_OIDC_ISSUER: 'https://idp.example', CUSTOMER_OIDC_CLIENT_ID: 'a', CUSTOMER_OIDC_CLIENT_SECRET: 'b' }, true)).toThrow('CUSTOMER_OIDC_REDIRECT_URI');
  });
});
