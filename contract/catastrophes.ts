import { z } from 'zod';
import { perils, postcodeEntryPattern } from '../domain/catastrophe';
import { isoDate } from '../domain/declaration-schemas/building-blocks';
import { declarationTypes } from '../domain/declaration-types';
import { safeString } from '../domain/text';
import { actor, cents, day, moment } from './common';

/** What a senior handler declares: a catastrophe event's name, peril, period (both days included) and postcodes. */
export const catastropheOrder = z.strictObject({
  name: safeString(120).trim().min(1, 'field.required'),
  peril: z.enum(perils),
  startsOn: isoDate,
  endsOn: isoDate,
  postcodes: z.array(z.string().trim().max(9, 'catastrophe.problem.postcode').regex(postcodeEntryPattern, 'catastrophe.problem.postcode')).min(1, 'catastrophe.problem.postcode').max(500),
}).refine((order) => order.endsOn >= order.startsOn, { message: 'catastrophe.problem.period', path: ['endsOn'] });
export type CatastropheOrder = z.input<typeof catastropheOrder>;

export const catastropheSummary = z.object({
  id: z.string(),
  name: z.string(),
  peril: z.enum(perils),
  startsOn: day,
  endsOn: day,
  postcodes: z.array(z.string()),
  declaredBy: actor,
  declaredAt: moment,
  claimCount: z.number().int(),
  openCount: z.number().int(),
});
export type CatastropheSummary = z.infer<typeof catastropheSummary>;
export const catastropheList = z.array(catastropheSummary);

/** A claim of the event, as its list shows it (the view selects them for bulk triage and reassignment). */
export const catastropheClaim = z.object({
  claimId: z.string(),
  claimNumber: z.string(),
  organisationName: z.string(),
  type: z.enum(declarationTypes),
  status: z.string(),
  handlerName: z.string().nullable(),
  openedAt: moment,
  closed: z.boolean(),
  /** Settled by the fast track: accepted and paid by the system. */
  fastTracked: z.boolean(),
});

/** A submitted declaration the event concerns that is not yet a claim: tagged when it opens. */
export const matchingDeclaration = z.object({
  declarationId: z.string(),
  type: z.enum(declarationTypes),
  organisationName: z.string(),
  eventDate: day.nullable(),
  submittedAt: moment.nullable(),
});

/** Open claims by age in days since opening: 0–7, 8–30, 31–90, more than 90 (the manager's buckets). */
export const openByAge = z.object({
  upTo7Days: z.number().int(), from8To30Days: z.number().int(), from31To90Days: z.number().int(), over90Days: z.number().int(),
});

export const catastropheView = catastropheSummary.extend({
  openByAge,
  reservesCents: cents,
  paidCents: cents,
  recoveredCents: cents,
  claims: z.array(catastropheClaim),
  /** Shown up to a bound; claimCount says how many there are. */
  claimsShown: z.number().int(),
  matchingDeclarations: z.array(matchingDeclaration),
});
export type CatastropheView = z.infer<typeof catastropheView>;
