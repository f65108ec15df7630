import { Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useCatastrophes } from '../../api/catastrophes';
import { useMe } from '../../api/session';
import { formatDate } from '../../i18n/format';
import { ErrorAlert, Loading } from '../../layout/feedback';
import { PageHeading } from '../../layout/PageHeading';
import { DeclareCatastrophe } from './DeclareCatastrophe';

/** The declared catastrophe events, the latest first; senior handlers declare new ones here. */
export function CatastrophesPage() {
  const { t } = useTranslation();
  const senior = useMe().data?.user.role === 'senior_handler';
  const events = useCatastrophes();

  return (
    <>
      <PageHeading>{t('catastropheUi.list.title')}</PageHeading>
      {senior && <DeclareCatastrophe />}
      {events.isPending && <Loading />}
      {events.error && <ErrorAlert error={events.error} />}
      {events.data?.length === 0 && <Typography>{t('catastropheUi.list.none')}</Typography>}
      {events.data && events.data.length > 0 && (
        <Paper sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('catastropheUi.list.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('catastropheUi.list.name')}</TableCell>
                <TableCell>{t('catastropheUi.list.peril')}</TableCell>
                <TableCell>{t('catastropheUi.list.period')}</TableCell>
                <TableCell align="right">{t('catastropheUi.list.claims')}</TableCell>
                <TableCell align="right">{t('catastropheUi.list.open')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {events.data.map((event) => (
                <TableRow key={event.id}>
                  <TableCell><Link component={RouterLink} to={`/backoffice/catastrophes/${event.id}`}>{event.name}</Link></TableCell>
                  <TableCell>{t(`catastropheUi.peril.${event.peril}`)}</TableCell>
                  <TableCell>{t('catastropheUi.list.periodValue', { from: formatDate(event.startsOn), to: formatDate(event.endsOn) })}</TableCell>
                  <TableCell align="right">{event.claimCount}</TableCell>
                  <TableCell align="right">{event.openCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </>
  );
}
