import { Alert, Box, List, ListItem, ListItemText } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { fullName } from './change-data';
import type { InsuredPerson } from '../api/hospitalisation';

/** The change as the back office will read it, before the legal submission: only what it changes, dates the Belgian way. */
export function ChangeReview({ data, effectiveDate, persons }: { data: Record<string, any>; effectiveDate: string; persons: InsuredPerson[] }) {
  const { t } = useTranslation();
  const shown = (field: string, value: string) => (field === 'birthDate' ? formatDate(value) : value);
  const person = persons.find((candidate) => candidate.id === data.personId);
  const lines: [string, string][] = [
    ...(person ? [[t('groupHospitalisation.form.personId'), fullName(person)] as [string, string]] : []),
    ...(data.relation ? [[t('groupHospitalisation.form.relation'), t(`groupHospitalisation.relation.${data.relation}`)] as [string, string]] : []),
    ...Object.entries<string>(data.person ?? data.changes ?? {}).map(([field, value]) => [t(`groupHospitalisation.form.${field}`), shown(field, value)] as [string, string]),
    [t('groupHospitalisation.form.effectiveDate'), formatDate(effectiveDate)],
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <List dense data-testid="change-review">
        {lines.map(([label, value]) => (
          <ListItem key={label} disableGutters><ListItemText primary={label} secondary={value} /></ListItem>
        ))}
      </List>
      <Alert severity="info" role="note">{t('groupHospitalisation.review.text')}</Alert>
    </Box>
  );
}
