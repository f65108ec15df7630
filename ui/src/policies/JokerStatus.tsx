import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { type PolicyJoker, usePolicyJoker } from '../api/motor-fault';
import { formatDate } from '../i18n/format';

/** A motor policy's Joker in one sentence: available, or used by a claim and back on a day, or earned on a day. */
export function JokerStatus({ joker }: { joker: PolicyJoker }) {
  const { t } = useTranslation();
  const earnedOn = formatDate(joker.earnedOn);
  const text = joker.available
    ? t('motorFile.joker.available', { since: formatDate(joker.claimFreeSince) })
    : joker.lastUsed
      ? t('motorFile.joker.used', { claimNumber: joker.lastUsed.claimNumber, accidentOn: formatDate(joker.lastUsed.accidentOn), earnedOn })
      : t('motorFile.joker.notYet', { earnedOn });
  return (
    <Typography data-testid="policy-joker">
      <strong>{t('motorFile.joker.label', { policyNumber: joker.policyNumber })}</strong> {text}
      {joker.insuredValueRaised && <><br />{t('motorFile.joker.valueRaised')}</>}
    </Typography>
  );
}

/** The customer's view of a motor policy's Joker (My policies). */
export function PolicyJokerSection({ organisationId, policyId }: { organisationId: string; policyId: string }) {
  const joker = usePolicyJoker(organisationId, policyId);
  return joker.data ? <JokerStatus joker={joker.data} /> : null;
}
