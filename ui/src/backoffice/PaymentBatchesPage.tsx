import { Alert, Box, Button, CircularProgress, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type BankStatementImport, batchFileUrl, useBatches, useImportStatement, useMakeBatch } from '../api/payment-batches';
import { formatDate, formatDateTime, formatEuros } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { capitalised } from './status-words';

/**
 * The senior handlers' SEPA desk: the batches that took approved payments to the bank (pain.001, newest first), a
 * batch made now rather than at the daily run, and the bank's statement (camt.054) that confirms or returns them.
 */
export function PaymentBatchesPage() {
  const { t } = useTranslation();
  const batches = useBatches();
  const make = useMakeBatch();

  return (
    <>
      <PageHeading>{t('backoffice.batches.title')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('backoffice.batches.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <Button variant="contained" disabled={make.isPending} aria-busy={make.isPending} onClick={() => make.mutate()}
          startIcon={make.isPending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
          {t('backoffice.batches.makeNow')}
        </Button>
      </Box>
      {make.error && <ErrorAlert error={make.error} />}
      <Box role="status" aria-live="polite">
        {make.isSuccess && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {t('backoffice.batches.made', { number: make.data.number, count: make.data.paymentCount, total: formatEuros(make.data.totalCents) })}
          </Alert>
        )}
      </Box>
      <StatementUpload />
      {batches.isPending && <Loading />}
      {batches.error && <ErrorAlert error={batches.error} />}
      {batches.data?.length === 0 && <Typography>{t('backoffice.batches.none')}</Typography>}
      {batches.data && batches.data.length > 0 && (
        <Paper>
          <Table aria-label={t('backoffice.batches.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backoffice.batches.number')}</TableCell><TableCell>{t('backoffice.batches.executionDate')}</TableCell>
                <TableCell align="right">{t('backoffice.batches.count')}</TableCell><TableCell align="right">{t('backoffice.batches.total')}</TableCell>
                <TableCell>{t('backoffice.batches.payments')}</TableCell><TableCell>{t('backoffice.batches.file')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {batches.data.map((batch) => (
                <TableRow key={batch.id} data-testid={`batch-${batch.number}`}>
                  <TableCell>{batch.number}<br /><Typography variant="body2">{batch.createdBy.name} — {formatDateTime(batch.createdAt)}</Typography></TableCell>
                  <TableCell>{formatDate(batch.executionDate)}</TableCell>
                  <TableCell align="right">{batch.paymentCount}</TableCell>
                  <TableCell align="right">{formatEuros(batch.totalCents)}</TableCell>
                  <TableCell>
                    {batch.payments.map((payment) => (
                      <Typography key={payment.id} variant="body2" data-testid={`batch-payment-${payment.id}`}>
                        <Link component={RouterLink} to={`/backoffice/claims/${payment.claimId}`}>{payment.claimNumber}</Link>
                        {` — ${payment.payee} — ${formatEuros(payment.amountCents)} — ${capitalised(t(`money.paymentStatus.${payment.status}`))}`}
                      </Typography>
                    ))}
                  </TableCell>
                  <TableCell>
                    <Link href={batchFileUrl(batch)} download>{t('backoffice.batches.download', { number: batch.number })}</Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </>
  );
}

/** Uploads the bank's camt.054 and shows what each reported transfer did; the same file again changes nothing. */
function StatementUpload() {
  const { t } = useTranslation();
  const statement = useImportStatement();
  return (
    <Paper component="section" aria-labelledby="statement-heading" sx={{ p: 3, mb: 3 }}>
      <Typography id="statement-heading" component="h2" variant="h6">{t('backoffice.batches.statementTitle')}</Typography>
      <Typography sx={{ mb: 1 }}>{t('backoffice.batches.statementText')}</Typography>
      <Button variant="outlined" component="label" disabled={statement.isPending} aria-busy={statement.isPending}>
        {t('backoffice.batches.chooseStatement')}
        <input hidden type="file" accept=".xml,application/xml,text/xml" data-testid="statement-input"
          onChange={(event) => { const file = event.target.files?.[0]; if (file) statement.mutate(file); event.target.value = ''; }} />
      </Button>
      {statement.error && <ErrorAlert error={statement.error} />}
      <Box role="status" aria-live="polite">{statement.data && <StatementResults imported={statement.data} />}</Box>
    </Paper>
  );
}

function StatementResults({ imported }: { imported: BankStatementImport }) {
  const { t } = useTranslation();
  const { counts } = imported;
  return (
    <Box sx={{ mt: 2 }} data-testid="statement-results">
      <Alert severity={counts.returned > 0 || counts.unknown > 0 ? 'warning' : 'success'}>
        {t('backoffice.batches.imported', { file: imported.fileName, ...counts })}
        {imported.importedBefore && <><br />{t('backoffice.batches.importedBefore', { date: formatDateTime(imported.importedBefore) })}</>}
      </Alert>
      <Table size="small" aria-label={t('backoffice.batches.results')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('backoffice.batches.reference')}</TableCell><TableCell>{t('backoffice.approvals.claim')}</TableCell>
            <TableCell>{t('backoffice.batches.bankSays')}</TableCell><TableCell>{t('backoffice.batches.result')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {imported.results.map((result, index) => (
            <TableRow key={index}>
              <TableCell>{result.endToEndId}</TableCell>
              <TableCell>{result.claimNumber}</TableCell>
              <TableCell>{capitalised(t(`money.paymentStatus.${result.outcome}`))}</TableCell>
              <TableCell>{t(`backoffice.batches.resultKind.${result.result}`)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
