import { List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import type { BackofficeChange } from '../api/hospitalisation';

/** What a change proposes: the fields it changes, or the person it adds; a removal proposes nothing beyond its person. */
export function ProposedChange({ change }: { change: BackofficeChange }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fields: Record<string, unknown> = change.data.changes ?? change.data.person ?? {};
  const lines = Object.entries(fields).map(([key, value]) => ({
    label: fieldLabel(key, language),
    value: key === 'birthDate' ? formatDate(String(value)) : String(value),
  }));
  if (change.data.relation) lines.unshift({ label: t('backoffice.hospitalisation.relation'), value: t(`backoffice.relation.${change.data.relation}`) });
  if (lines.length === 0) return null;
  return (
    <List dense disablePadding aria-label={t('backoffice.hospitalisation.proposed')}>
      {lines.map((line) => (
        <ListItem key={line.label} disableGutters sx={{ py: 0 }}>
          <ListItemText primary={line.value} secondary={line.label} slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }} />
        </ListItem>
      ))}
    </List>
  );
}
