import { Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { useMe, useOrganisation } from '../api/session';
import { AgreementSection } from '../user-agreement/AgreementSection';

/** Mijn gegevens: the organisation's details and who may use the portal for it. */
export function MyDataPage() {
  const { t } = useTranslation();
  const organisationId = useMe().data!.activeOrganisationId!;
  const { data: organisation, error, isPending } = useOrganisation(organisationId);

  return (
    <>
      <PageHeading>{t('myData.title')}</PageHeading>
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      {organisation && (
        <>
          <Paper sx={{ p: 3, mb: 3 }}>
            <Typography component="h2" variant="h5" gutterBottom>{organisation.name}</Typography>
            <dl>
              <Detail term={t('myData.enterpriseNumber')} value={organisation.enterpriseNumber} />
              <Detail term={t('myData.address')} value={[organisation.street, [organisation.postalCode, organisation.city].filter(Boolean).join(' '), organisation.country].filter(Boolean).join(', ')} />
              <Detail term={t('myData.phone')} value={organisation.phone} />
              <Detail term={t('myData.email')} value={organisation.email} />
              <Detail term={t('myData.language')} value={organisation.language} />
            </dl>
          </Paper>
          <Typography component="h2" variant="h5" gutterBottom>{t('myData.userAgreement')}</Typography>
          {/* On a phone the table scrolls inside its frame: the page itself never grows wider than the screen. */}
          <TableContainer component={Paper}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('myData.name')}</TableCell>
                  <TableCell>{t('myData.email')}</TableCell>
                  <TableCell>{t('myData.accessLevel')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {organisation.userAgreement.map((user) => (
                  <TableRow key={user.email}>
                    <TableCell>{user.name}</TableCell>
                    <TableCell>{user.email}</TableCell>
                    <TableCell>{t(`organisation.access.${user.accessLevel}`)} ({user.menuItems.map((item) => t(`menu.${item}`)).join(', ')})</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <AgreementSection />
        </>
      )}
    </>
  );
}

function Detail({ term, value }: { term: string; value: string | null }) {
  return (
    <Typography component="div" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, py: 0.5 }}>
      <Typography component="dt" sx={{ fontWeight: 'bold', minWidth: { xs: 0, sm: 200 } }}>{term}</Typography>
      {/* A long e-mail address breaks rather than widening the page on a phone. */}
      <Typography component="dd" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>{value || '—'}</Typography>
    </Typography>
  );
}
