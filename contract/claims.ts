import { z } from 'zod';
import { reason } from '../api/fields';
import { text } from '../domain/declaration-schemas/building-blocks';
import { declarationStatuses } from '../domain/declaration';
import { declarationTypes } from '../domain/declaration-types';
import { closeOutcomes, type CoverageStatus } from '../domain/claim/state';
import { productLines } from '../domain/product-lines';
import { actor, cents, day, moment, pageOf, person } from './common';
import { claimUploads } from './claim-documents';
import { claimAction, decision, decisionKinds, declarationDetail, handlerContact } from './declarations';
import { message } from './messages';
import { totals } from './money';
import { customerFollowUp } from './customer-claim';

const sealed = z.literal(true).optional().describe('Medical details hidden from this reader: only that the claim exists and its status');

/** What every view of a claim starts with. */
const claimBasics = z.object({
  id: z.string(),
  claimNumber: z.string().nullable(),
  type: z.enum(declarationTypes),
  productLine: z.enum(productLines),
  status: z.enum(declarationStatuses),
  policyId: z.string().nullable(),
  policyNumber: z.string().nullable(),
});

/** A claim in the customer's list. */
export const claimSummary = claimBasics.extend({
  eventDate: day.nullable(),
  description: z.string().nullable(),
  submittedAt: moment,
  updatedAt: moment,
  handlerName: z.string().nullable(),
  sealed,
});
export type ClaimSummary = z.infer<typeof claimSummary>;
export const claimPage = pageOf(claimSummary);

/** A claim as the customer sees it: status and history, the handler, the decision, the documents and what was declared. */
export const claimDetail = claimBasics.extend({
  submittedAt: moment.nullable(),
  handler: handlerContact.nullable(),
  decision: decision.nullable(),
  history: z.array(claimAction),
  documents: z.array(z.object({ kind: z.string(), fileName: z.string(), url: z.string(), sizeBytes: z.number().int().optional(), recipient: z.string().nullable().optional() })),
  information: z.record(z.string(), z.unknown()).nullable(),
  sealed,
  ...customerFollowUp,
});
export type ClaimDetail = z.infer<typeof claimDetail>;

/** Whether the claim's cover was checked at opening: verified, unverified (findings to look at), or confirmed by a senior handler. */
export const coverageStatuses = ['verified', 'unverified', 'confirmed'] as const satisfies readonly CoverageStatus[];

/** The work queue: declarations waiting for handling and open claims, with the next deadline. */
export const queueStatuses = ['submitted', 'in_handling', 'under_reservation', 'accepted', 'refused'] as const;
export const queueItem = z.object({
  id: z.string(),
  claimNumber: z.string().nullable(),
  type: z.enum(declarationTypes),
  productLine: z.enum(productLines),
  status: z.enum(declarationStatuses),
  organisationName: z.string(),
  submittedAt: moment,
  handler: handlerContact.nullable(),
  nextDeadline: z.object({ code: z.string(), dueOn: day }).nullable(),
  /** Null: not opened yet, or a claim of the time before claims had their own process. */
  coverageStatus: z.enum(coverageStatuses).nullable(),
});
export type QueueItem = z.infer<typeof queueItem>;
export const queuePage = pageOf(queueItem);

export const deadline = z.object({ code: z.string(), dueOn: day, status: z.string(), penaltyCents: cents });
export type Deadline = z.infer<typeof deadline>;
export const letter = z.object({ id: z.string(), kind: z.string(), recipient: z.string().nullable(), fileName: z.string(), createdAt: moment, url: z.string() });
export type Letter = z.infer<typeof letter>;

/** A phrase with its text in the reader's language, and its key and parameters for a client that words it itself. */
const wordedPhrase = z.object({ key: z.string(), params: z.record(z.string(), z.unknown()).optional(), text: z.string() });

/** The claim as its process keeps it: number, handler, cover, money, and how it was closed or reopened. */
export const claimRecord = z.object({
  claimNumber: z.string(),
  handlerId: z.string().nullable(),
  openedAt: moment,
  openedBy: z.unknown().optional(),
  closedAt: moment.nullable(),
  outcome: z.enum(closeOutcomes).nullable(),
  closeReason: z.string().nullable(),
  closedBy: actor.nullable(),
  reopened: z.object({ count: z.number().int(), reason: z.string(), by: actor, at: moment }).nullable(),
  /** Null: a claim of the time before, whose cover was never checked by a process. */
  coverage: z.object({
    status: z.enum(coverageStatuses),
    findings: z.array(wordedPhrase).describe('Why the cover could not be verified at opening, in the reader\'s language'),
    eventDate: day.nullable(),
    confirmed: z.object({ by: actor, reason: z.string(), at: moment }).nullable(),
  }).nullable(),
  /** Per cost type and overall, as the claim's process last computed it; null until it has. */
  money: totals.nullable(),
  /** False: a claim opened before claims had their own process; its first action hands it to one. */
  hasProcess: z.boolean(),
});
export type ClaimRecord = z.infer<typeof claimRecord>;

/** The claim file for the handler: the declaration with its assessment, and around it the claim's life. */
/**
 * What a handler must see at a glance on a claim (the file's header): each flag a code, with the facts that raised
 * it as params (worded by the UI as `workbench.flag.<code>`).
 */
export const claimFlagCodes = ['coverage_unverified', 'fraud_indicators', 'siu_referred', 'litigation', 'catastrophe', 'possible_duplicate'] as const;
export type ClaimFlagCode = (typeof claimFlagCodes)[number];
export const claimFlag = z.object({ code: z.enum(claimFlagCodes), params: z.record(z.string(), z.unknown()) });
export type ClaimFlag = z.infer<typeof claimFlag>;

export const claimFile = declarationDetail.extend({
  organisation: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  claim: claimRecord.nullable(),
  deadlines: z.array(deadline),
  messages: z.array(message),
  letters: z.array(letter),
  flags: z.array(claimFlag),
  /** The header's facts the declaration does not carry: the policy's number, the event's day, days open, the deadline due first. */
  policyNumber: z.string().nullable(),
  eventDate: day.nullable(),
  daysOpen: z.number().int().nullable(),
  nextDeadline: z.object({ code: z.string(), dueOn: day }).nullable(),
  /** The handler's own documents (the customer's are the attachments). */
  uploads: claimUploads,
});
export type ClaimFile = z.infer<typeof claimFile>;

/** A claims handler a claim can be assigned to. */
export const staffMember = person.extend({ email: z.string(), role: z.enum(['handler', 'senior_handler']), openClaims: z.number().int() });
export type StaffMember = z.infer<typeof staffMember>;
export const staff = z.array(staffMember);

/** A deadline event recorded (reminder, amount agreed, inspection report sent): the day it happened. */
export const deadlineRecorded = z.object({ declarationId: z.string(), sentOn: day.optional(), agreedOn: day.optional() });

/** Closing a claim (a request body): how it ended; the claim's process says when a reason is needed. */
export const closeRequest = z.strictObject({
  outcome: z.enum(closeOutcomes), reason: reason(2000).optional(),
  /** With outcome duplicate: the claim (its id) this one duplicates; another claim of the same customer. */
  duplicateOf: z.uuid().optional(),
});
export type CloseRequest = z.input<typeof closeRequest>;

/** The handler's decision (a request body): accept, accept under reservation with the missing items, or refuse with a reason. */
export const decisionRequest = z.strictObject({
  decision: z.enum(decisionKinds),
  reason: reason(5000).optional(),
  missing: z.array(text(500)).max(50).optional(),
});
export type DecisionRequest = z.input<typeof decisionRequest>;
