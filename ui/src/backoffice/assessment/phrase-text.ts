import { useTranslation } from 'react-i18next';
import type { Phrase } from '../../../../i18n/phrase';

/**
 * A rule's phrase (a reason, a description: `{ key, params }` of domain/rules) in the screen's language,
 * worded by the shared catalogue as the API words its `text`: switching language needs no new read.
 */
export function usePhraseText() {
  const { t } = useTranslation();
  return ({ key, params }: Phrase): string => t(key, { ...params });
}
