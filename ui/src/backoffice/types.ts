/** What the back-office API answers, as far as these screens use it (GET /api/openapi.json describes all). */
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
export interface Requirement { kind: string; mandatory: boolean; reason: string }
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
  assessment: {
    documents: { required: Requirement[]; missing: Requirement[] };
    workplaceAccident: Record<string, unknown> | null;
    motor: Record<string, unknown> | null;
    accidentIncome: Record<string, unknown> | null;
  };
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
