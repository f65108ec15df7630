import { typeName } from '../i18n/labels';
import { declarationStatuses } from '../../../domain/declaration';
import type { DeclarationType } from '../../../domain/declaration-types';

/** A claim has been submitted: drafts are not in this list. */
export const claimStatuses = declarationStatuses.filter((status) => status !== 'draft' && status !== 'expired');

/** The declaration type's name from the shared labels (i18n/labels.ts), in the portal's language. */
export const typeLabel = (type: string, language: string) => typeName(type as DeclarationType, language);
