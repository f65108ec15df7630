import { z } from 'zod';
import { menuItems } from '../domain/access';

/** The session: who is logged in, with which roles, for which organisations. */
export const roles = ['customer', 'handler', 'senior_handler', 'auditor', 'siu'] as const;
export const accessLevels = ['full', 'limited'] as const;
const role = z.enum(roles);
export type Role = z.infer<typeof role>;
const accessLevel = z.enum(accessLevels);
export type AccessLevel = z.infer<typeof accessLevel>;

/** What a login sends: the login screen checks the same rules before sending. */
export const credentials = z.strictObject({ email: z.email().max(254), password: z.string().min(1).max(1000), organisationId: z.uuid().optional() });
export type Credentials = z.input<typeof credentials>;

export const organisationAccess = z.object({
  id: z.string(), name: z.string(), accessLevel, menuItems: z.array(z.enum(menuItems)),
});
export type OrganisationAccess = z.infer<typeof organisationAccess>;

export const me = z.object({
  user: z.object({ id: z.string(), email: z.string(), fullName: z.string(), role, defaultOrganisationId: z.string().nullable() }),
  roles: z.array(role),
  organisations: z.array(organisationAccess),
  defaultOrganisationId: z.string().nullable(),
  activeOrganisationId: z.string().nullable(),
});
export type Me = z.infer<typeof me>;

/** My data: the organisation and its user agreement (who may use the portal, with which access). */
export const organisation = z.object({
  id: z.string(),
  name: z.string(),
  enterpriseNumber: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.string(),
  userAgreement: z.array(z.object({ name: z.string(), email: z.string(), accessLevel, menuItems: z.array(z.enum(menuItems)) })),
});
export type Organisation = z.infer<typeof organisation>;

export const portalAccess = z.object({
  userId: z.string(), organisationId: z.string(), accessLevel: accessLevel.nullable(), menuItems: z.array(z.enum(menuItems)),
});
