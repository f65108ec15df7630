import type { ChangeKind, ChangeStatus, HospitalisationRole } from '../../../domain/hospitalisation';

/** What the group hospitalisation API answers (GET /api/openapi.json describes all). */
export interface RoleGrant {
  policyId: string;
  role: HospitalisationRole;
  /** The titularis's own entry in the register; null for a Local Admin. */
  insuredPersonId: string | null;
}

/** A person in the register (verzekerde): a titularis, or their partner or child. */
export interface InsuredPerson {
  id: string;
  policyId: string;
  titularisId: string | null;
  relation: 'titularis' | 'partner' | 'child';
  firstName: string;
  lastName: string;
  birthDate: string;
  nationalNumber: string; // rijksregisternummer
  email: string | null;
  coveredFrom: string;
  coveredUntil: string | null;
  /** The titularis's full name; null for a titularis. */
  titularis: string | null;
}

interface Actor {
  userId: string | null;
  name: string;
  role: string;
}

/** A change to the register, from draft to the back office's decision. */
export interface RegisterChange {
  id: string;
  policyId: string;
  kind: ChangeKind;
  role: HospitalisationRole;
  data: Record<string, any>;
  effectiveDate: string | null;
  status: ChangeStatus;
  version: number;
  requestedBy: Actor;
  decision: { decision: 'approve' | 'reject'; reason: string | null; by: Actor; at: string } | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}
