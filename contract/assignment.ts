import { z } from 'zod';
import { reason } from '../api/fields';
import { safeString } from '../domain/text';
import { productLines } from '../domain/product-lines';
import { actor, moment } from './common';

/** The languages a customer writes in and a handler writes (Belgium's three, and English). */
export const customerLanguages = ['nl', 'fr', 'de', 'en'] as const;

/** The most claims one bulk request takes: a handler's whole portfolio, a catastrophe's first day. */
export const MAX_BULK_CLAIMS = 200;

const postcode = z.string().trim().max(10).regex(/^[0-9A-Z -]{4,10}$/, 'assignment.problem.postcode');
const amount = z.number().int().nonnegative().max(100_000_000_000).nullable().optional();

export const postcodeRange = z.strictObject({ from: postcode, to: postcode });

/** What a claim must be for the rule to apply; a condition left out matches every claim. */
export const assignmentConditions = z.strictObject({
  productLines: z.array(z.enum(productLines)).max(productLines.length).optional(),
  minAmountCents: amount,
  maxAmountCents: amount,
  customerLanguages: z.array(z.enum(customerLanguages)).max(customerLanguages.length).optional(),
  postcodeRanges: z.array(postcodeRange).max(50).optional(),
  catastropheId: z.uuid().nullable().optional(),
}).refine(({ minAmountCents, maxAmountCents }) => minAmountCents == null || maxAmountCents == null || minAmountCents <= maxAmountCents,
  { path: ['maxAmountCents'], message: 'assignment.problem.amountBand' });
export type AssignmentConditions = z.infer<typeof assignmentConditions>;

// What a senior handler asks: a rule, its priority (lower first) and the handlers it sends claims to.
export const assignmentRuleOrder = z.strictObject({
  name: reason(200, 'assignment.problem.name'),
  priority: z.number().int().min(0).max(100_000),
  active: z.boolean().default(true),
  conditions: assignmentConditions.default({}),
  handlerIds: z.array(z.uuid()).max(100).default([]),
  matchCustomerLanguage: z.boolean().default(false),
});
export type AssignmentRuleOrder = z.input<typeof assignmentRuleOrder>;

// What the API answers.
export const assignmentRule = z.object({
  id: z.string(),
  name: z.string(),
  priority: z.number().int(),
  active: z.boolean(),
  conditions: z.object({
    productLines: z.array(z.string()).optional(),
    minAmountCents: z.number().nullable().optional(),
    maxAmountCents: z.number().nullable().optional(),
    customerLanguages: z.array(z.string()).optional(),
    postcodeRanges: z.array(z.object({ from: z.string(), to: z.string() })).optional(),
    catastropheId: z.string().nullable().optional(),
  }),
  handlers: z.array(z.object({ id: z.string(), name: z.string() })),
  matchCustomerLanguage: z.boolean(),
  createdBy: actor,
  updatedBy: actor,
  createdAt: moment,
  updatedAt: moment,
});
export type AssignmentRule = z.infer<typeof assignmentRule>;
export const assignmentRules = z.array(assignmentRule);

/** The dry run: which handler this claim would get, and why (each rule's outcome in priority order). */
export const assignmentDryRun = z.object({
  facts: z.object({
    productLine: z.string(), estimatedAmountCents: z.number().nullable(), customerLanguage: z.string().nullable(),
    postcode: z.string().nullable(), catastropheId: z.string().nullable(),
  }),
  handler: z.object({ id: z.string(), name: z.string(), openClaims: z.number().int() }).nullable(),
  rule: z.object({ id: z.string(), name: z.string() }).nullable(),
  outcomes: z.array(z.object({
    ruleId: z.string(), ruleName: z.string(), outcome: z.enum(['inactive', 'conditionsNotMet', 'noHandler', 'chosen']),
    unmet: z.array(z.enum(['productLine', 'amount', 'customerLanguage', 'region', 'catastrophe'])).optional(),
    handlerId: z.string().optional(),
  })),
});
export type AssignmentDryRun = z.infer<typeof assignmentDryRun>;

const claimIds = z.array(z.uuid()).min(1).max(MAX_BULK_CLAIMS);

export const bulkReassignOrder = z.strictObject({
  claimIds,
  handlerId: z.uuid(),
  reason: safeString(500).trim().optional(),
});
export type BulkReassignOrder = z.input<typeof bulkReassignOrder>;

export const bulkMessageOrder = z.strictObject({
  claimIds,
  subject: reason(200, 'assignment.problem.subject'),
  body: reason(10_000, 'assignment.problem.body'),
});
export type BulkMessageOrder = z.input<typeof bulkMessageOrder>;

/** Per claim: done, or the refusal in the reader's language (one claim refused does not stop the others). */
export const bulkResult = z.object({
  results: z.array(z.object({
    claimId: z.string(),
    ok: z.boolean(),
    claimNumber: z.string().nullable(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })),
  succeeded: z.number().int(),
  failed: z.number().int(),
});
export type BulkResult = z.infer<typeof bulkResult>;
