import { passwordLoginAllowed } from '../../domain/login-paths';

describe('who may log in with a password', () => {
  test('outside production everyone, as the development convenience it is', () => {
    expect(passwordLoginAllowed('customer', { production: false, staffIdentityProvider: false })).toBe(true);
    expect(passwordLoginAllowed('handler', { production: false, staffIdentityProvider: true })).toBe(true);
  });

  test('in production never a customer: customers log in with their eID', () => {
    expect(passwordLoginAllowed('customer', { production: true, staffIdentityProvider: false })).toBe(false);
  });

  test("in production staff only while the insurer's identity provider is not configured", () => {
    expect(passwordLoginAllowed('senior_handler', { production: true, staffIdentityProvider: false })).toBe(true);
    expect(passwordLoginAllowed('senior_handler', { production: true, staffIdentityProvider: true })).toBe(false);
  });
});
