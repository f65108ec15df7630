import { z } from 'zod';
import { reason } from '../api/fields';
import { text } from '../domain/declaration-schemas/building-blocks';
import { declarationStatuses } from '../domain/declaration';
import { declarationTypes } from '../domain/declaration-types';
import { productLines } from '../domain/product-lines';
import { cents, day, moment, pageOf, person } from './common';
import { claimAction, decision, decisionKinds, declarationDetail, handlerContact } from './declarations';
import { message } from './messages';

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
});
export type ClaimDetail = z.infer<typeof claimDetail>;

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
});
export type QueueItem = z.infer<typeof queueItem>;
export const queuePage = pageOf(queueItem);

export const deadline = z.object({ code: z.string(), dueOn: day, status: z.string(), penaltyCents: cents });
export type Deadline = z.infer<typeof deadline>;
export const letter = z.object({ id: z.string(), kind: z.string(), recipient: z.string().nullable(), fileName: z.string(), createdAt: moment, url: z.string() });
export type Letter = z.infer<typeof letter>;

/** The claim file for the handler: the declaration with its assessment, and around it the claim's life. */
export const claimFile = declarationDetail.extend({
  organisation: z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() }),
  claim: z.object({ claimNumber: z.string(), handlerId: z.string().nullable(), openedAt: moment, openedBy: z.unknown().optional(), closedAt: moment.nullable() }).nullable(),
  deadlines: z.array(deadline),
  messages: z.array(message),
  letters: z.array(letter),
});
export type ClaimFile = z.infer<typeof claimFile>;

/** A claims handler a claim can be assigned to. */
export const staffMember = person.extend({ email: z.string(), role: z.enum(['handler', 'senior_handler']), openClaims: z.number().int() });
export type StaffMember = z.infer<typeof staffMember>;
export const staff = z.array(staffMember);

/** A deadline event recorded (reminder, amount agreed, inspection report sent): the day it happened. */
export const deadlineRecorded = z.object({ declarationId: z.string(), sentOn: day.optional(), agreedOn: day.optional() });
export const claimClosed = z.object({ declarationId: z.string(), closed: z.boolean() });

/** The handler's decision (a request body): accept, accept under reservation with the missing items, or refuse with a reason. */
export const decisionRequest = z.strictObject({
  decision: z.enum(decisionKinds),
  reason: reason(5000).optional(),
  missing: z.array(text(500)).max(50).optional(),
});
export type DecisionRequest = z.input<typeof decisionRequest>;
