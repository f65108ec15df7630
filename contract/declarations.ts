import { z } from 'zod';
import type { WordedAssessment as Assessment } from '../domain/assessment';
import { attachmentKinds } from '../domain/attachments';
import { declarationStatuses } from '../domain/declaration';
import { declarationTypes } from '../domain/declaration-types';
import { productLines } from '../domain/product-lines';
import { actor, moment, pageOf } from './common';

export const decisionKinds = ['accept', 'reserve', 'refuse'] as const;

export const attachment = z.object({ id: z.string(), kind: z.enum(attachmentKinds), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() });
export type DeclarationAttachment = z.infer<typeof attachment>;
export const handlerContact = z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() });
export const decision = z.object({
  decision: z.enum(decisionKinds), reason: z.string().nullable(), missing: z.array(z.string()), decidedBy: actor, decidedAt: moment,
});
/** One accepted action: who did what, and when. */
export const claimAction = z.object({ action: z.string(), by: actor, at: moment, details: z.record(z.string(), z.unknown()).optional() });
export type ClaimAction = z.infer<typeof claimAction>;
const sealed = z.literal(true).optional().describe('Medical details hidden from this reader: only that it exists and its status (no data, documents or reasons)');

/** What customers and handlers see of a declaration. */
export const declaration = z.object({
  id: z.string(),
  workflowId: z.string(),
  organisationId: z.string(),
  policyId: z.string().nullable(),
  type: z.enum(declarationTypes),
  status: z.enum(declarationStatuses),
  step: z.number().int(),
  version: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(attachment),
  claimNumber: z.string().nullable(),
  handler: handlerContact.nullable(),
  decision: decision.nullable(),
  history: z.array(claimAction),
  createdAt: moment,
  updatedAt: moment,
  submittedAt: moment.nullable(),
  sealed,
});
export type Declaration = z.infer<typeof declaration>;
export const declarationPage = pageOf(declaration);

/** The rule results for its type (domain/assessment.ts): each phrase `{ key, params, text }`, the text in the reader's language. */
export const assessment = z.object({
  documents: z.custom<Assessment['documents']>().describe('Required documents and the missing ones: { required, missing } of { kind, mandatory, reason }'),
  workplaceAccident: z.custom<Assessment['workplaceAccident']>().describe('Deadline and lateness, seriousness and obligations, medical documents; null for other types'),
  motor: z.custom<Assessment['motor']>().describe('Documents, intervention, payer, deductible, replacement vehicle, total-loss valuation; null for other types'),
  accidentIncome: z.custom<Assessment['accidentIncome']>().describe('Verzekerd Inkomen: formula bounds, invalidity test, exclusions to check, schedules; null for other types'),
});

/** A single declaration also carries its assessment. */
export const declarationDetail = declaration.extend({ assessment });
export type DeclarationDetail = z.infer<typeof declarationDetail>;

/** The JSON Schema (draft 2020-12) of a declaration type, as far as the form reads it. */
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
const jsonSchema = z.custom<JsonSchema>((value) => typeof value === 'object' && value !== null).describe('A JSON Schema, draft 2020-12');

export const declarationTypeInfo = z.object({
  type: z.enum(declarationTypes),
  productLine: z.enum(productLines),
  names: z.record(z.string(), z.string()),
  schema: jsonSchema,
  /** The workplace accident's simplified declaration for minor accidents (vereenvoudigde aangifte). */
  simplifiedSchema: jsonSchema.optional(),
});
export type DeclarationTypeInfo = z.infer<typeof declarationTypeInfo>;
export const declarationTypeInfos = z.array(declarationTypeInfo);

export type Decision = (typeof decisionKinds)[number];
