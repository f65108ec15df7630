import { Button, Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { useOrganisationAgreements } from '../api/user-agreement';
import { AgreementStatus } from './AgreementStatus';

/** My data: the user agreement in force (who it names, with which access) and every agreement with its status. */
export function AgreementSection() {
  const { t } = useTranslation();
  const { data, error, isPending } = useOrganisationAgreements();
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <section aria-label={t('uiUserAgreement.inForce')}>
      <Typography component="h2" variant="h5" gutterBottom sx={{ mt: 3 }}>{t('uiUserAgreement.inForce')}</Typography>
      {data.administrator && <Button component={RouterLink} to="/user-agreement" variant="contained" sx={{ mb: 2 }}>{t('uiUserAgreement.prepare')}</Button>}
      {data.inForce.length === 0 ? <Typography>{t('uiUserAgreement.noneInForce')}</Typography> : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={t('uiUserAgreement.inForce')}>
            <TableHead><TableRow>
              <TableCell>{t('uiUserAgreement.field.fullName')}</TableCell><TableCell>{t('uiUserAgreement.field.email')}</TableCell>
              <TableCell>{t('uiUserAgreement.field.nationalRegisterNumber')}</TableCell><TableCell>{t('uiUserAgreement.field.accessLevel')}</TableCell>
              <TableCell>{t('uiUserAgreement.appliedAt')}</TableCell>
            </TableRow></TableHead>
            <TableBody>
              {data.inForce.map((employee) => (
                <TableRow key={employee.nationalRegisterNumber + employee.email}>
                  <TableCell>{employee.fullName}</TableCell><TableCell>{employee.email}</TableCell><TableCell>{employee.nationalRegisterNumber}</TableCell>
                  <TableCell>{t(`uiUserAgreement.access.${employee.accessLevel}`)}</TableCell><TableCell>{formatDateTime(employee.appliedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Typography component="h2" variant="h5" gutterBottom sx={{ mt: 3 }}>{t('uiUserAgreement.history')}</Typography>
      {data.history.length === 0 ? <Typography>{t('uiUserAgreement.noHistory')}</Typography> : (
        <TableContainer component={Paper}>
          <Table size="small" aria-label={t('uiUserAgreement.history')}>
            <TableHead><TableRow>
              <TableCell>{t('uiUserAgreement.createdAt')}</TableCell><TableCell>{t('uiUserAgreement.preparedBy')}</TableCell>
              <TableCell>{t('uiUserAgreement.employees')}</TableCell><TableCell>{t('uiUserAgreement.statusHeading')}</TableCell>
            </TableRow></TableHead>
            <TableBody>
              {data.history.map((agreement) => (
                <TableRow key={agreement.id}>
                  <TableCell>{data.administrator
                    ? <Link component={RouterLink} to={`/user-agreement/${agreement.id}`}>{formatDateTime(agreement.createdAt)}</Link>
                    : formatDateTime(agreement.createdAt)}</TableCell>
                  <TableCell>{agreement.requestedBy.name}</TableCell>
                  <TableCell>{agreement.employees.map((line) => `${line.fullName} (${t(`uiUserAgreement.access.${line.accessLevel}`)})`).join(', ')}</TableCell>
                  <TableCell><AgreementStatus agreement={agreement} /></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}
