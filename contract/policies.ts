import { z } from 'zod';
import { productLines } from '../domain/product-lines';
import { cents, day, pageOf } from './common';

export const policyStatuses = ['active', 'suspended', 'cancelled'] as const;

export const policy = z.object({
  id: z.string(),
  policyNumber: z.string(),
  productLine: z.enum(productLines),
  status: z.enum(policyStatuses),
  policyholderName: z.string(),
  insuredObject: z.string(),
  startDate: day,
  endDate: day.nullable(),
  annualPremiumCents: cents,
  guarantees: z.unknown().optional(),
});
export type Policy = z.infer<typeof policy>;
export const policyPage = pageOf(policy);

/** A policy document (polisdocument), generated as a PDF at its url. */
export const policyDocument = z.object({
  id: z.string(),
  kind: z.string(),
  issuedOn: day.optional(),
  title: z.record(z.string(), z.string()).describe('The title per language (nl, fr, en, de)'),
  url: z.string(),
});
export type PolicyDocument = z.infer<typeof policyDocument>;
export const policyDocuments = z.array(policyDocument);
