import { z } from 'zod';
import { reason } from '../api/fields';

/**
 * The response contract: what the API answers, as zod schemas shared by the server (its OpenAPI document,
 * the views that build the answers) and the UI (its types). Environment-free: zod and domain/ only.
 */

/** A moment as JSON carries it: an ISO 8601 timestamp. */
export const moment = z.string().describe('ISO 8601 timestamp');
/** A calendar day, YYYY-MM-DD. */
export const day = z.string().describe('YYYY-MM-DD');
export const cents = z.number().int().describe('Euro cents');

/** Who did something, as the workflows record it. */
export const actor = z.object({ userId: z.string().nullable(), name: z.string(), role: z.string() });
export const named = z.object({ name: z.string() });
export const person = z.object({ id: z.string(), name: z.string() });

/** Why a command is given (reject a payment or a change, stop a schedule): a request body. */
export const reasoned = z.strictObject({ reason: reason(2000) });
export type Reasoned = z.input<typeof reasoned>;

/** A page of a list: the items, how many match in all, and where this page stands. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** A field's problem: its path, a code with parameters, and the message in the reader's language. */
export const fieldProblem = z.object({
  path: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  message: z.string(),
});
export type FieldProblem = z.infer<typeof fieldProblem>;

/** Every refusal: `{ error: { code, key, message, params, details } }`, message worded for Accept-Language. */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    key: z.string().optional(),
    message: z.string(),
    params: z.record(z.string(), z.unknown()).optional(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;
