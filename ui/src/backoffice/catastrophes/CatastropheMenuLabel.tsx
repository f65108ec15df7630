import { useTranslation } from 'react-i18next';

/** The staff menu's entry for catastrophe events, worded in this area's own catalogue file. */
export function CatastropheMenuLabel() {
  const { t } = useTranslation();
  return <>{t('catastropheUi.menu')}</>;
}
