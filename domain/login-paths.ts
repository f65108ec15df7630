/**
 * Who logs in how (issue 15 §1). Customers log in with their eID (OpenID Connect) and staff through the
 * insurer's own identity provider; the password stays a development convenience. In production a password
 * logs in only a member of staff, and only while no staff identity provider is configured.
 */
export function passwordLoginAllowed(role: string, setting: { production: boolean; staffIdentityProvider: boolean }): boolean {
  if (!setting.production) return true;
  return role !== 'customer' && !setting.staffIdentityProvider;
}
