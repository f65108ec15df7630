import {
  Box, Checkbox, Chip, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { catastropheKeys, type CatastropheView, useCatastrophe } from '../../api/catastrophes';
import { formatDate, formatDateTime, formatEuros } from '../../i18n/format';
import { ErrorAlert, Loading } from '../../layout/feedback';
import { PageHeading } from '../../layout/PageHeading';
import { BulkActions } from '../BulkActions';

const ages = ['upTo7Days', 'from8To30Days', 'from31To90Days', 'over90Days'] as const;

/** What the event amounts to: its claims, the open ones by age, and its money. */
function Figures({ event }: { event: CatastropheView }) {
  const { t } = useTranslation();
  const figures: [string, string | number][] = [
    [t('catastropheUi.view.claimCount'), event.claimCount],
    [t('catastropheUi.view.openCount'), event.openCount],
    [t('catastropheUi.view.reserves'), formatEuros(event.reservesCents)],
    [t('catastropheUi.view.paid'), formatEuros(event.paidCents)],
    [t('catastropheUi.view.recovered'), formatEuros(event.recoveredCents)],
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 3 }}>
      <Paper component="section" aria-labelledby="catastrophe-figures" sx={{ p: 2 }}>
        <Typography id="catastrophe-figures" component="h2" variant="h6">{t('catastropheUi.view.figures')}</Typography>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 2, m: 0 }}>
          {figures.map(([label, value]) => (
            <Box key={label} sx={{ display: 'contents' }}>
              <Box component="dt">{label}</Box>
              <Box component="dd" sx={{ m: 0, textAlign: 'right' }} data-testid={`figure-${label}`}>{value}</Box>
            </Box>
          ))}
        </Box>
      </Paper>
      <Paper component="section" aria-labelledby="catastrophe-ages" sx={{ p: 2 }}>
        <Typography id="catastrophe-ages" component="h2" variant="h6">{t('catastropheUi.view.openByAge')}</Typography>
        <Table size="small" aria-labelledby="catastrophe-ages">
          <TableHead><TableRow><TableCell /><TableCell align="right">{t('catastropheUi.view.count')}</TableCell></TableRow></TableHead>
          <TableBody>
            {ages.map((age) => (
              <TableRow key={age}><TableCell component="th" scope="row">{t(`catastropheUi.view.age.${age}`)}</TableCell><TableCell align="right">{event.openByAge[age]}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Box>
  );
}

/** The event's claims, to select for bulk triage and reassignment (the open ones). */
function Claims({ event }: { event: CatastropheView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<string[]>([]);
  const open = event.claims.filter((claim) => !claim.closed).map((claim) => claim.claimId);
  const allSelected = open.length > 0 && open.every((id) => selected.includes(id));
  const toggle = (id: string) => setSelected((now) => (now.includes(id) ? now.filter((known) => known !== id) : [...now, id]));

  return (
    <Paper component="section" aria-labelledby="catastrophe-claims" sx={{ p: 2, mb: 3 }}>
      <Typography id="catastrophe-claims" component="h2" variant="h6">{t('catastropheUi.view.claims')}</Typography>
      {event.claims.length === 0 && <Typography>{t('catastropheUi.view.noClaims')}</Typography>}
      {event.claims.length > 0 && (
        <>
          <BulkActions claimIds={selected} onDone={() => void queryClient.invalidateQueries({ queryKey: catastropheKeys.event(event.id) })} />
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby="catastrophe-claims">
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">
                    <Checkbox checked={allSelected} indeterminate={!allSelected && selected.length > 0} disabled={open.length === 0}
                      onChange={() => setSelected(allSelected ? [] : open)} slotProps={{ input: { 'aria-label': t('catastropheUi.view.selectAll') } }} />
                  </TableCell>
                  <TableCell>{t('catastropheUi.view.claimNumber')}</TableCell>
                  <TableCell>{t('catastropheUi.view.customer')}</TableCell>
                  <TableCell>{t('catastropheUi.view.type')}</TableCell>
                  <TableCell>{t('catastropheUi.view.status')}</TableCell>
                  <TableCell>{t('catastropheUi.view.handler')}</TableCell>
                  <TableCell>{t('catastropheUi.view.opened')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {event.claims.map((claim) => (
                  <TableRow key={claim.claimId} data-testid={`catastrophe-claim-${claim.claimId}`} selected={selected.includes(claim.claimId)}>
                    <TableCell padding="checkbox">
                      <Checkbox checked={selected.includes(claim.claimId)} disabled={claim.closed} onChange={() => toggle(claim.claimId)}
                        slotProps={{ input: { 'aria-label': t('catastropheUi.view.select', { claimNumber: claim.claimNumber }) } }} />
                    </TableCell>
                    <TableCell><Link component={RouterLink} to={`/backoffice/claims/${claim.claimId}`}>{claim.claimNumber}</Link></TableCell>
                    <TableCell>{claim.organisationName}</TableCell>
                    <TableCell>{t(`label.type.${claim.type}`)}</TableCell>
                    <TableCell>
                      {t(`status.${claim.status}`)}{claim.closed && ` (${t('catastropheUi.view.closed')})`}
                      {claim.fastTracked && <Chip size="small" variant="outlined" label={t('catastropheUi.view.fastTracked')} sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell data-testid="handler">{claim.handlerName ?? ''}</TableCell>
                    <TableCell>{formatDate(claim.openedAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          {event.claimsShown < event.claimCount && <Typography sx={{ mt: 1 }}>{t('catastropheUi.view.shown', { shown: event.claimsShown, count: event.claimCount })}</Typography>}
        </>
      )}
    </Paper>
  );
}

/** Submitted declarations the event concerns that are not claims yet: they are tagged when they open. */
function Matching({ event }: { event: CatastropheView }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" aria-labelledby="catastrophe-matching" sx={{ p: 2 }}>
      <Typography id="catastrophe-matching" component="h2" variant="h6">{t('catastropheUi.view.matching')}</Typography>
      {event.matchingDeclarations.length === 0 && <Typography>{t('catastropheUi.view.noMatching')}</Typography>}
      {event.matchingDeclarations.length > 0 && (
        <Table size="small" aria-labelledby="catastrophe-matching">
          <TableHead>
            <TableRow>
              <TableCell>{t('catastropheUi.view.customer')}</TableCell>
              <TableCell>{t('catastropheUi.view.type')}</TableCell>
              <TableCell>{t('catastropheUi.view.eventDate')}</TableCell>
              <TableCell>{t('catastropheUi.view.submitted')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {event.matchingDeclarations.map((declaration) => (
              <TableRow key={declaration.declarationId}>
                <TableCell>{declaration.organisationName}</TableCell>
                <TableCell>{t(`label.type.${declaration.type}`)}</TableCell>
                <TableCell>{formatDate(declaration.eventDate)}</TableCell>
                <TableCell>{formatDateTime(declaration.submittedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

/** One catastrophe event: what it amounts to, its claims (bulk triage and reassignment), and what still comes in. */
export function CatastrophePage() {
  const { t } = useTranslation();
  const { catastropheId = '' } = useParams();
  const event = useCatastrophe(catastropheId);
  if (event.isPending) return <Loading />;
  if (event.error) return <ErrorAlert error={event.error} />;
  const view = event.data;
  return (
    <>
      <Link component={RouterLink} to="/backoffice/catastrophes">{t('catastropheUi.view.back')}</Link>
      <PageHeading>{`${view.name} (${t(`catastropheUi.peril.${view.peril}`)})`}</PageHeading>
      <Typography>{t('catastropheUi.list.periodValue', { from: formatDate(view.startsOn), to: formatDate(view.endsOn) })}</Typography>
      <Typography>{t('catastropheUi.view.postcodes', { postcodes: view.postcodes.join(', ') })}</Typography>
      <Typography sx={{ mb: 2 }} color="text.secondary">{t('catastropheUi.view.declaredBy', { name: view.declaredBy.name, at: formatDateTime(view.declaredAt) })}</Typography>
      <Figures event={view} />
      <Claims event={view} />
      <Matching event={view} />
    </>
  );
}
