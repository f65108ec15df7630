import { Accordion, AccordionDetails, AccordionSummary, Box, Button, Link, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { localeOf } from '../../../i18n/formats';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { ErrorAlert, Loading } from '../layout/feedback';
import { PageHeading } from '../layout/PageHeading';
import { ReplayButton } from './ReplayButton';
import { timelineDownloadUrl, useTimeline } from '../api/audit';

/** The time to the second in Brussels, as the reader's language writes it. */
const timeOf = (at: string) =>
  new Intl.DateTimeFormat(localeOf(currentLanguage()), { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Brussels' }).format(new Date(at));

/** A workflow's history in business words: when, what, who; each entry opens on the raw event Temporal recorded. */
export function TimelinePage() {
  const { t } = useTranslation();
  const workflowId = useParams().workflowId!;
  const { data, error, isPending } = useTimeline(workflowId);

  return (
    <>
      <Link component={RouterLink} to="/audit/workflows">{t('audit.timeline.back')}</Link>
      <PageHeading>{`${t('audit.timeline.title')} ${workflowId}`}</PageHeading>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <Button variant="outlined" href={timelineDownloadUrl(workflowId)} download data-testid="export-json">{t('audit.timeline.exportJson')}</Button>
      </Box>
      <ReplayButton workflowId={workflowId} />
      {isPending && <Loading />}
      {error && <ErrorAlert error={error} />}
      <Box component="ol" sx={{ listStyle: 'none', p: 0 }} aria-label={t('audit.timeline.title')}>
        {data?.entries.map((entry) => (
          <Box component="li" key={entry.eventId}>
            <Accordion disableGutters slotProps={{ transition: { unmountOnExit: true } }}>
              <AccordionSummary aria-controls={`raw-${entry.eventId}`} id={`entry-${entry.eventId}`}>
                <Typography sx={{ width: 190, flexShrink: 0 }}>{formatDate(entry.at)} {timeOf(entry.at)}</Typography>
                <Typography sx={{ flexGrow: 1 }}>{entry.summary}</Typography>
                <Typography color="text.secondary" sx={{ ml: 2 }}>{entry.actor ? `${entry.actor.name} (${t(`audit.role.${entry.actor.role}`, { defaultValue: entry.actor.role })})` : t('audit.timeline.system')}</Typography>
              </AccordionSummary>
              <AccordionDetails id={`raw-${entry.eventId}`}>
                <Typography variant="caption">{t('audit.timeline.raw')} #{entry.eventId}</Typography>
                {/* Focusable, so that a keyboard can scroll a long event. */}
                <Box component="pre" tabIndex={0} aria-label={`${t('audit.timeline.raw')} #${entry.eventId}`} sx={{ fontSize: 12, overflow: 'auto', maxHeight: 400, bgcolor: 'grey.100', p: 1 }}>{JSON.stringify(entry.raw, null, 2)}</Box>
              </AccordionDetails>
            </Accordion>
          </Box>
        ))}
      </Box>
    </>
  );
}
