import { z } from 'zod';

/**
 * A day (`2026-11-22`) or an instant (`2026-11-22T14:00:00Z`), as an ISO instant in UTC. A day given as
 * `to` means the whole day, so `from=2026-11-22&to=2026-11-22` is that day.
 */
const instant = (endOfDay: boolean) => z.union([z.iso.date(), z.iso.datetime({ offset: true })])
  .transform((value) => (value.length === 10 ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : new Date(value).toISOString()));

export const periodFields = {
  from: instant(false).optional(),
  to: instant(true).optional(),
};

/** Refuses a period that ends before it starts, naming `to`. */
export const checkPeriod = (query: { from?: string; to?: string }, context: z.core.$RefinementCtx) => {
  if (query.from && query.to && query.to < query.from) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'api.field.toBeforeFrom' });
  }
};
