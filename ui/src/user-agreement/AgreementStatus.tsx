import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../i18n/format';
import type { UserAgreement } from '../api/user-agreement';

/** Where an agreement stands, and when it applies: at the latest four days after its receipt, or since its registration. */
export function AgreementStatus({ agreement }: { agreement: UserAgreement }) {
  const { t } = useTranslation();
  return (
    <Typography variant="body2" data-testid={`agreement-status-${agreement.id}`}>
      {t(`uiUserAgreement.status.${agreement.status}`)}
      {agreement.status === 'submitted' && agreement.registrationDueAt && ` — ${t('uiUserAgreement.appliesBy', { date: formatDate(agreement.registrationDueAt) })}`}
      {agreement.registeredAt && ` — ${t('uiUserAgreement.appliesSince', { moment: formatDateTime(agreement.registeredAt) })}`}
      {agreement.status === 'sent_back' && agreement.decision?.reason && ` — ${t('uiUserAgreement.sentBackBecause', { reason: agreement.decision.reason })}`}
    </Typography>
  );
}
