/** What the API answers, as far as the screens use it (GET /api/openapi.json describes all). */
export type MenuItem = 'my_data' | 'my_policies' | 'my_claims' | 'declare';
export type AccessLevel = 'full' | 'limited';
export type Role = 'customer' | 'handler' | 'senior_handler' | 'auditor';

export interface OrganisationAccess {
  id: string;
  name: string;
  accessLevel: AccessLevel;
  menuItems: MenuItem[];
}

export interface Me {
  user: { id: string; email: string; fullName: string; role: Role; defaultOrganisationId: string | null };
  roles: Role[];
  organisations: OrganisationAccess[];
  defaultOrganisationId: string | null;
  activeOrganisationId: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Organisation {
  id: string;
  name: string;
  enterpriseNumber: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
  language: string;
  userAgreement: { name: string; email: string; accessLevel: AccessLevel; menuItems: MenuItem[] }[];
}

export interface Policy {
  id: string;
  policyNumber: string;
  productLine: string;
  status: 'active' | 'suspended' | 'cancelled';
  policyholderName: string;
  insuredObject: string;
  startDate: string;
  endDate: string | null;
  annualPremiumCents: number;
}

export interface PolicyDocument {
  id: string;
  kind: string;
  title: Record<string, string>;
  url: string;
}

export interface ClaimSummary {
  id: string;
  claimNumber: string | null;
  type: string;
  productLine: string;
  status: string;
  policyNumber: string | null;
  eventDate: string | null;
  description: string | null;
  submittedAt: string;
  handlerName: string | null;
  /** Medical details hidden from this reader: only that the claim exists and its status. */
  sealed?: true;
}

export interface ClaimAction {
  action: string;
  at: string;
  by: { name: string; role: string };
  details?: Record<string, unknown>;
}

export interface ClaimDetail {
  id: string;
  claimNumber: string | null;
  type: string;
  productLine: string;
  status: string;
  policyNumber: string | null;
  submittedAt: string;
  handler: { name: string; email: string; phone: string | null } | null;
  decision: { decision: string; reason: string | null; missing: string[] } | null;
  history: ClaimAction[];
  documents: { kind: string; fileName: string; url: string; recipient?: string }[];
  sealed?: true;
}

export interface DeclarationSummary {
  id: string;
  type: string;
  status: string;
  step: number;
  updatedAt: string;
}

export interface FieldProblem {
  path: string;
  message: string;
}

export interface DeclarationAttachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** A declaration as the wizard sees it (GET …/declarations/:id). */
export interface Declaration {
  id: string;
  policyId: string | null;
  type: string;
  status: string;
  step: number;
  version: number;
  data: Record<string, unknown>;
  attachments: DeclarationAttachment[];
  claimNumber: string | null;
  handler: { name: string; email: string; phone: string | null } | null;
  submittedAt: string | null;
  updatedAt: string;
  sealed?: true;
}

/** The JSON Schema (draft 2020-12) the API gives of each declaration type, as far as the form reads it. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  minimum?: number;
  maxLength?: number;
  maximum?: number;
}

export interface DeclarationTypeInfo {
  type: string;
  productLine: string;
  names: Record<string, string>;
  schema: JsonSchema;
  /** The workplace accident's simplified declaration for minor accidents (vereenvoudigde aangifte). */
  simplifiedSchema?: JsonSchema;
}

export interface ClaimMessage {
  id: string;
  subject: string;
  body: string;
  sender: { userId: string | null; name: string; role: string };
  status: 'sent' | 'read' | 'answered' | 'withdrawn';
  attachments: { id: string; fileName: string }[];
  reply: { body: string; by: { name: string }; at: string } | null;
  createdAt: string;
}
