import { Model } from 'objection';

export type Role = 'customer' | 'handler' | 'senior_handler' | 'auditor' | 'siu';
export type AccessLevel = 'full' | 'limited';

export class User extends Model {
  static tableName = 'users';
  id!: string;
  email!: string;
  fullName!: string;
  passwordHash!: string;
  role!: Role;
  phone!: string | null;
  language!: string;
  defaultOrganisationId!: string | null;
  createdAt!: Date;
}

/** One line of an organisation's user agreement. */
export class OrganisationAccess extends Model {
  static tableName = 'organisation_access';
  static idColumn = ['userId', 'organisationId'];
  userId!: string;
  organisationId!: string;
  accessLevel!: AccessLevel;
  grantedAt!: Date;
}
