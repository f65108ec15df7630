import { z } from 'zod';
import { declarationStatuses, DeclarationSnapshot } from '../../domain/declaration';
import { declarationTypes } from '../../domain/declaration-types';
import type { Declaration } from '../../db/models/declaration';

type Viewable = Pick<DeclarationSnapshot,
  'id' | 'workflowId' | 'organisationId' | 'policyId' | 'type' | 'status' | 'step' | 'version' | 'data' | 'attachments' | 'claimNumber' | 'handler' | 'decision' | 'actions'> & {
  createdAt: string | Date; updatedAt: string | Date; submittedAt: string | Date | null;
};

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString());

/** What customers and handlers see of a declaration, from the workflow's answer or the projection. */
export function declarationView(declaration: Viewable | Declaration) {
  return {
    id: declaration.id,
    workflowId: declaration.workflowId,
    organisationId: declaration.organisationId,
    policyId: declaration.policyId,
    type: declaration.type,
    status: declaration.status,
    step: declaration.step,
    version: declaration.version,
    data: declaration.data,
    attachments: declaration.attachments ?? [],
    claimNumber: declaration.claimNumber,
    handler: declaration.handler,
    decision: declaration.decision,
    history: declaration.actions,
    createdAt: iso(declaration.createdAt),
    updatedAt: iso(declaration.updatedAt),
    submittedAt: iso(declaration.submittedAt),
  };
}

const actor = z.object({ userId: z.string().nullable(), name: z.string(), role: z.string() });
/** Documents the response (OpenAPI); the view above produces it. */
export const declarationViewSchema = z.object({
  id: z.uuid(),
  workflowId: z.string(),
  organisationId: z.uuid(),
  policyId: z.uuid().nullable(),
  type: z.enum(declarationTypes),
  status: z.enum(declarationStatuses),
  step: z.number().int(),
  version: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  attachments: z.array(z.object({ id: z.uuid(), kind: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int() })),
  claimNumber: z.string().nullable(),
  handler: z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
  decision: z.object({ decision: z.enum(['accept', 'reserve', 'refuse']), reason: z.string().nullable(), missing: z.array(z.string()), decidedBy: actor, decidedAt: z.string() }).nullable(),
  history: z.array(z.object({ action: z.string(), by: actor, at: z.string(), details: z.record(z.string(), z.unknown()).optional() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  sealed: z.literal(true).optional().describe('Medical details hidden from this reader: only that it exists and its status (no data, documents or reasons)'),
});
export const declarationListSchema = z.object({ items: z.array(declarationViewSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

const requirement = z.object({ kind: z.string(), mandatory: z.boolean(), reason: z.string() });
/** A single declaration also carries its assessment: the rule results for its type. */
export const declarationDetailSchema = declarationViewSchema.extend({
  assessment: z.object({
    documents: z.object({ required: z.array(requirement), missing: z.array(requirement) }),
    workplaceAccident: z.record(z.string(), z.unknown()).nullable().describe('Deadline and lateness, seriousness and obligations, medical documents'),
    motor: z.record(z.string(), z.unknown()).nullable().describe('Documents, intervention, payer, deductible, replacement vehicle, total-loss valuation'),
    accidentIncome: z.record(z.string(), z.unknown()).nullable().describe('Verzekerd Inkomen: formula bounds, invalidity test, exclusions to check, schedules at minimum and maximum'),
  }),
});
