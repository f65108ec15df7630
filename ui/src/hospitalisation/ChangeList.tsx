import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ChangeStatus } from '../../../domain/hospitalisation';
import { formatDate, formatDateTime } from '../i18n/format';
import { ErrorAlert } from '../layout/feedback';
import { useMe } from '../api/session';
import { aboutOf } from './change-data';
import { useWithdrawChange } from '../api/hospitalisation';
import type { InsuredPerson, RegisterChange } from '../api/hospitalisation';

const statusColours: Record<ChangeStatus, 'default' | 'info' | 'success' | 'error'> = {
  draft: 'default', submitted: 'info', approved: 'success', rejected: 'error', withdrawn: 'default', expired: 'default',
};

/**
 * The changes the user asked for (the Local Admin: all of the policy), newest first, with their status and a
 * rejection's reason. The requester resumes a draft, and withdraws until the back office decides.
 */
export function ChangeList({ changes, persons, showRequester, onResume }: {
  changes: RegisterChange[]; persons: InsuredPerson[]; showRequester: boolean; onResume: (draft: RegisterChange) => void;
}) {
  const { t } = useTranslation();
  const userId = useMe().data!.user.id;
  const withdraw = useWithdrawChange();

  if (changes.length === 0) return <Typography color="text.secondary">{t('groupHospitalisation.changes.none')}</Typography>;
  return (
    <>
      {withdraw.error && <ErrorAlert error={withdraw.error} />}
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby="changes-heading" data-testid="register-changes">
          <TableHead>
            <TableRow>
              <TableCell>{t('groupHospitalisation.changes.change')}</TableCell>
              <TableCell>{t('groupHospitalisation.changes.about')}</TableCell>
              <TableCell>{t('groupHospitalisation.changes.effectiveDate')}</TableCell>
              <TableCell>{t('groupHospitalisation.changes.status')}</TableCell>
              {showRequester && <TableCell>{t('groupHospitalisation.changes.requestedBy')}</TableCell>}
              <TableCell>{t('groupHospitalisation.changes.updatedAt')}</TableCell>
              <TableCell>{t('groupHospitalisation.changes.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((change) => {
              const what = `${t(`groupHospitalisation.kind.${change.kind}`)} ${aboutOf(change, persons)}`.trim();
              const mine = change.requestedBy.userId === userId;
              return (
                <TableRow key={change.id}>
                  <TableCell>{t(`groupHospitalisation.kind.${change.kind}`)}</TableCell>
                  <TableCell>{aboutOf(change, persons)}</TableCell>
                  <TableCell>{formatDate(change.effectiveDate)}</TableCell>
                  <TableCell>
                    <Chip size="small" color={statusColours[change.status]} label={t(`groupHospitalisation.status.${change.status}`)} data-testid="change-status" />
                    {change.status === 'rejected' && change.decision?.reason && (
                      <Typography variant="body2" sx={{ mt: 0.5 }}>{t('groupHospitalisation.changes.rejectedBecause', { reason: change.decision.reason })}</Typography>
                    )}
                  </TableCell>
                  {showRequester && <TableCell>{change.requestedBy.name}</TableCell>}
                  <TableCell>{formatDateTime(change.updatedAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {mine && change.status === 'draft' && (
                      <Button size="small" variant="outlined" onClick={() => onResume(change)} aria-label={`${t('groupHospitalisation.changes.resume')}: ${what}`}>
                        {t('groupHospitalisation.changes.resume')}
                      </Button>
                    )}
                    {mine && (change.status === 'draft' || change.status === 'submitted') && (
                      <Button size="small" color="error" sx={{ ml: 1 }} disabled={withdraw.isPending} onClick={() => withdraw.mutate(change)}
                        aria-label={`${t('groupHospitalisation.changes.withdraw')}: ${what}`}>
                        {t('groupHospitalisation.changes.withdraw')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </>
  );
}
