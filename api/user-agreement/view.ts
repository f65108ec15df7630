import type { UserAgreement } from '../../contract/user-agreement';

/** The way people write a national register number: YY.MM.DD-SSS.CC. */
export const formatNationalRegisterNumber = (d: string) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9, 11)}`;

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** A national register number as a colleague who is not the administrator sees it: only its check digits. */
export const maskedNumber = (digits: string) => `••.••.••-•••.${digits.slice(-2)}`;

/** An agreement as the organisation and the insurer's staff see it; `masked` hides the numbers from colleagues. */
export function agreementView(row: Record<string, any>, masked = false): UserAgreement {
  return {
    id: row.id, organisationId: row.organisationId, workflowId: row.workflowId, status: row.status, version: row.version,
    employees: (row.employees as UserAgreement['employees']).map((line) => ({
      ...line, nationalRegisterNumber: masked ? maskedNumber(line.nationalRegisterNumber) : formatNationalRegisterNumber(line.nationalRegisterNumber),
    })),
    requestedBy: row.requestedBy, signature: row.signature, decision: row.decision, history: row.actions,
    createdAt: new Date(row.createdAt).toISOString(), updatedAt: new Date(row.updatedAt).toISOString(), submittedAt: iso(row.submittedAt),
    registrationDueAt: iso(row.registrationDueAt), escalatedAt: iso(row.escalatedAt), registeredAt: iso(row.registeredAt),
  };
}
