/** What the back-office API answers, as far as these screens use it (GET /api/openapi.json describes all). */
import type { Assessment } from '../../../domain/assessment';
import type { ClaimAction } from '../api/types';

export type Decision = 'accept' | 'reserve' | 'refuse';
export type CostType = 'indemnity' | 'expenses';

export interface QueueItem {
  id: string;
  claimNumber: string | null;
  type: string;
  productLine: string;
  status: string;
  organisationName: string;
  submittedAt: string;
  handler: { id: string; name: string } | null;
  nextDeadline: { code: string; dueOn: string } | null;
}

export interface Deadline { code: string; dueOn: string; status: string; penaltyCents: number }
export interface Letter { id: string; kind: string; recipient: string | null; fileName: string; createdAt: string; url: string }
export interface ThreadMessage {
  id: string; subject: string | null; body: string; sender: { name: string; role?: string } | null; status: string; createdAt: string;
  reply: { body: string; by?: { name: string } } | null;
}

export interface ClaimFile {
  id: string;
  workflowId: string;
  type: string;
  status: string;
  data: Record<string, unknown>;
  attachments: { id: string; kind: string; fileName: string; contentType: string; sizeBytes: number }[];
  claimNumber: string | null;
  handler: { id: string; name: string; email: string; phone: string | null } | null;
  decision: { decision: Decision; reason: string | null; missing: string[]; decidedAt: string } | null;
  history: ClaimAction[];
  submittedAt: string | null;
  /** The rule results (domain/assessment.ts); their sentences come in the reader's language. */
  assessment: Assessment;
  organisation: { id: string; name: string; email: string | null; phone: string | null };
  claim: { claimNumber: string; handlerId: string | null; openedAt: string; closedAt: string | null } | null;
  deadlines: Deadline[];
  messages: ThreadMessage[];
  letters: Letter[];
}

export interface MoneyTotals {
  reserveCents: number; paidCents: number; awaitingApprovalCents: number; scheduledCents: number; outstandingCents: number; availableCents: number;
}
export interface ReserveEntry { id: number; costType: CostType; amountCents: number; reason: string; author: { id: string; name: string }; createdAt: string }
export interface Reserves { entries: ReserveEntry[]; totals: Record<CostType | 'overall', MoneyTotals> }

export interface Payment {
  id: string; claimId: string; costType: CostType; amountCents: number; payeeName: string; iban: string;
  status: 'awaiting_approval' | 'paid' | 'rejected'; requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null; reason: string | null; createdAt: string; paidAt: string | null;
}

export type ChangeKind = 'update_person' | 'add_family_member' | 'remove_family_member' | 'add_titularis' | 'remove_titularis';
interface PersonRef { id: string | null; firstName: string; lastName: string }
/** A change to a group hospitalisation register, as the back office's inbox lists it. */
export interface HospitalisationChange {
  id: string; kind: ChangeKind; role: 'titularis' | 'local_admin'; data: Record<string, any>; effectiveDate: string | null;
  status: 'submitted' | 'approved' | 'rejected' | 'withdrawn'; requestedBy: { name: string }; submittedAt: string | null;
  decision: { decision: 'approve' | 'reject'; reason?: string | null; by: { name: string } } | null;
  organisation: { id: string; name: string }; person: PersonRef | null; titularis: PersonRef | null;
}

/** A message in the handlers' inbox: about a claim (declarationId) or to the back office about group hospitalisation. */
export interface InboxMessage {
  id: string; declarationId: string | null; addressedTo: 'handler' | 'back_office'; subject: string; body: string;
  sender: { name: string; role: string }; status: 'sent' | 'read' | 'answered' | 'withdrawn';
  attachments: { id: string; fileName: string }[]; read: { by: { name: string }; at: string } | null;
  reply: { body: string; by: { name: string }; at: string } | null; createdAt: string; organisationName: string; handlerId: string | null; claimNumber: string | null;
}

export interface StaffMember { id: string; name: string; email: string; role: 'handler' | 'senior_handler'; openClaims: number }

/** Verzekerd Inkomen: a benefit paid in instalments (0 is the death lump sum). */
export interface PaymentSchedule {
  id: string; kind: 'death' | 'invalidity'; costType: CostType; totalCents: number; spreadMonths: 12 | 24;
  plan: { instalmentNumber: number; amountCents: number }[]; payeeName: string; iban: string; status: 'running' | 'completed' | 'stopped';
  createdBy: { name: string }; stopped: { reason: string; by?: { name: string }; at?: string } | null; createdAt: string;
  paidCount: number; paidCents: number; remainingCount: number; remainingCents: number;
}
