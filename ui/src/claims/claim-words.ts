import { typeName } from '../../../domain/labels';
import type { DeclarationType } from '../../../domain/declaration-types';

/** A claim has been submitted: drafts are not in this list. */
export const claimStatuses = ['submitted', 'in_handling', 'accepted', 'under_reservation', 'refused', 'withdrawn'] as const;

/** The declaration type's name from the shared labels (domain/labels.ts), in the portal's language. */
export const typeLabel = (type: string, language: string) => typeName(type as DeclarationType, (['nl', 'fr', 'en'].includes(language) ? language : 'nl') as 'nl' | 'fr' | 'en');
