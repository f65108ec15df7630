import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { CatastropheOrder, CatastropheSummary, CatastropheView } from '../../../contract/catastrophes';
import { perils, postcodeEntryPattern } from '../../../domain/catastrophe';
import { isoDate } from '../../../domain/declaration-schemas/building-blocks';
import { api } from './client';

export type { CatastropheSummary, CatastropheView } from '../../../contract/catastrophes';
export { perils } from '../../../domain/catastrophe';

/** Catastrophe events: the list, one event's view, and declaring one (senior handlers). */
export const catastropheKeys = {
  list: ['backoffice-catastrophes'] as const,
  event: (id: string) => ['backoffice-catastrophes', id] as const,
};

export const useCatastrophes = () => useQuery({ queryKey: catastropheKeys.list, queryFn: () => api.get<CatastropheSummary[]>('/backoffice/catastrophes') });
export const useCatastrophe = (id: string) => useQuery({ queryKey: catastropheKeys.event(id), queryFn: () => api.get<CatastropheView>(`/backoffice/catastrophes/${id}`) });

/** The declaring form: the API's order, with the postcodes typed as one line (commas or spaces between them). */
export const declareForm = z.object({
  name: z.string().trim().min(1, 'field.required').max(120),
  peril: z.enum(perils),
  startsOn: isoDate,
  endsOn: isoDate,
  postcodes: z.string().transform((text) => text.split(/[\s,;]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(postcodeEntryPattern, 'catastrophe.problem.postcode')).min(1, 'catastrophe.problem.postcode')),
}).refine((order) => order.endsOn >= order.startsOn, { message: 'catastrophe.problem.period', path: ['endsOn'] });

/** Declares an event with the submission's Idempotency-Key: sent again after an unknown outcome, it is declared once. */
export const declareCatastrophe = (body: CatastropheOrder, idempotencyKey: string) => api.post<CatastropheView>('/backoffice/catastrophes', body, { idempotencyKey });
