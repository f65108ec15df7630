import { List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel, isOption, optionLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime, formatEuros } from '../i18n/format';
import { AccidentIncomeAssessment } from './assessment/AccidentIncomeAssessment';
import { MotorAssessment } from './assessment/MotorAssessment';
import { usePhraseText } from './assessment/phrase-text';
import { WorkplaceAccidentAssessment } from './assessment/WorkplaceAccidentAssessment';
import type { ClaimFile } from '../api/claims';

type Line = { label: string; value: string };

/** The declaration's answers as lines "label: value", nested sections flattened (a handful of levels deep). */
function linesOf(data: unknown, language: ReturnType<typeof currentLanguage>, prefix = '', depth = 0, key = ''): Line[] {
  if (data === null || data === undefined || data === '') return [];
  if (typeof data === 'number' && /Cents$/.test(key)) return [{ label: prefix, value: formatEuros(data) }];
  if (typeof data !== 'object') {
    const text = typeof data === 'boolean' ? (data ? '✓' : '✗') : /^\d{4}-\d{2}-\d{2}$/.test(String(data)) ? formatDate(String(data)) : isOption(data) ? optionLabel(data, language) : String(data);
    return [{ label: prefix, value: text }];
  }
  if (depth > 3) return [];
  return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) => {
    const label = Array.isArray(data) ? `${prefix} ${Number(key) + 1}` : [prefix, fieldLabel(key, language)].filter(Boolean).join(' › ');
    return linesOf(value, language, label, depth + 1, key);
  });
}

/** The declaration (who, what, the customer's answers) and the assessment: the rule results per product line, then the documents. */
export function ClaimFileSummary({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines = linesOf(file.data, language).slice(0, 60);
  const { documents: { required, missing }, workplaceAccident, motor, accidentIncome } = file.assessment;
  const say = usePhraseText();
  return (
    <>
      <Paper sx={{ p: 3 }}>
        <Typography component="h2" variant="h6">{t('backoffice.file.declaration')}</Typography>
        <Typography>{t('backoffice.file.customer')}: {file.organisation.name}</Typography>
        {file.submittedAt && <Typography>{t('backoffice.queue.submittedAt')}: {formatDateTime(file.submittedAt)}</Typography>}
        {file.handler && <Typography>{t('backoffice.file.handler')}: {file.handler.name}</Typography>}
        {file.decision && (
          <Typography data-testid="claim-decision">
            {t('backoffice.file.decision')}: {t(`decision.${file.decision.decision}`)}{file.decision.reason ? ` — ${file.decision.reason}` : ''}
            {file.decision.missing.length > 0 && ` (${t('backoffice.file.missingItems')}: ${file.decision.missing.join(', ')})`}
          </Typography>
        )}
        <List dense>
          {lines.map((line, index) => <ListItem key={index} disableGutters><ListItemText primary={line.value} secondary={line.label} /></ListItem>)}
        </List>
      </Paper>
      <Paper sx={{ p: 3 }}>
        <Typography component="h2" variant="h6">{t('backoffice.file.assessment')}</Typography>
        {workplaceAccident && <WorkplaceAccidentAssessment assessment={workplaceAccident} />}
        {motor && <MotorAssessment assessment={motor} />}
        {accidentIncome && <AccidentIncomeAssessment assessment={accidentIncome} eventDate={(file.data.event as { date?: string } | undefined)?.date} />}
        <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('backoffice.file.missingDocuments')}</Typography>
        {missing.length === 0 ? <Typography>{t('backoffice.file.noneMissing')}</Typography> : (
          <List dense>{missing.map((item) => <ListItem key={item.kind} disableGutters><ListItemText primary={fieldLabel(item.kind, language)} secondary={say(item.reason)} /></ListItem>)}</List>
        )}
        <Typography component="h3" variant="subtitle1">{t('backoffice.file.requiredDocuments')}</Typography>
        <List dense>{required.map((item) => <ListItem key={item.kind} disableGutters><ListItemText primary={fieldLabel(item.kind, language)} secondary={say(item.reason)} /></ListItem>)}</List>
      </Paper>
    </>
  );
}
