import { useTranslation } from 'react-i18next';

/** The back office's menu entry for user agreements (its words live in the user agreement's own catalogue). */
export function UserAgreementsMenuLabel() {
  const { t } = useTranslation();
  return <>{t('uiUserAgreement.backoffice.menu')}</>;
}
