import { Alert, Box, Button, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel, isOption, optionLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { AttachmentsPanel } from './AttachmentsPanel';
import type { Data } from './form-data';
import type { Declaration } from '../api/declarations';

/** `parties.insured.0.firstName` → "Betrokken partijen › Verzekerde 1 › Voornaam". */
export function readablePath(path: string): string {
  const language = currentLanguage();
  const parts: string[] = [];
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) && parts.length) parts[parts.length - 1] += ` ${Number(part) + 1}`;
    else parts.push(fieldLabel(part, language));
  }
  return parts.join(' › ');
}

/** Every filled-in field as `label: value`, in the order of the data. */
function filledFields(value: unknown, yesNo: (answer: boolean) => string, path: string[] = []): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => filledFields(item, yesNo, [...path, String(index)]));
  if (value !== null && typeof value === 'object') return Object.entries(value as Data).flatMap(([key, item]) => filledFields(item, yesNo, [...path, key]));
  if (value === undefined || value === null || path.length === 0) return [];
  const shown = typeof value === 'boolean' ? yesNo(value) : isOption(value) ? optionLabel(value, currentLanguage()) : String(value);
  return [[readablePath(path.join('.')), shown]];
}

/** Step 5: an overview of the data, the attachments, and submit; a refused submit lists every missing field. */
export function ReviewStep({ declaration, data, base, missing, submitting, onAttachments, serialised, onSubmit }: {
  declaration: Declaration; data: Data; base: string; missing: { path: string; message: string }[]; submitting: boolean;
  onAttachments: (next: Declaration) => void; serialised: <T>(task: () => Promise<T>) => Promise<T>; onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const yesNo = (answer: boolean) => (answer ? t('common.yes') : t('common.no'));
  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography component="h3" variant="h6">{t('wizard.review')}</Typography>
        <List dense>
          {filledFields(data, yesNo).map(([label, value]) => (
            <ListItem key={label} disableGutters><ListItemText primary={label} secondary={value} /></ListItem>
          ))}
        </List>
      </Paper>
      <AttachmentsPanel declaration={declaration} base={base} editable={declaration.status === 'draft'} onChange={onAttachments} serialised={serialised} />
      {missing.length > 0 && (
        <Alert severity="error" role="alert">
          {t('wizard.missing')}
          <List dense data-testid="missing-fields">
            {missing.map((problem) => (
              <ListItem key={`${problem.path}:${problem.message}`} disableGutters><ListItemText primary={`${readablePath(problem.path)}: ${problem.message}`} /></ListItem>
            ))}
          </List>
        </Alert>
      )}
      <Button variant="contained" size="large" sx={{ justifySelf: 'start' }} disabled={submitting} onClick={onSubmit}>{t('wizard.submit')}</Button>
    </Box>
  );
}
