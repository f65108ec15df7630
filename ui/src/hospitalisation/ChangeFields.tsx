import { Alert, Box, MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../domain/hospitalisation';
import { formatDate } from '../i18n/format';
import { candidatesFor, ChangeForm, fieldsOf, FormField, fullName, requiredOf } from './change-data';
import type { InsuredPerson } from '../api/hospitalisation';

const inputTypes: Partial<Record<FormField, string>> = { birthDate: 'date', effectiveDate: 'date', email: 'email' };

/** The fields of one kind of change, each with its label and the server's problem with it, then the effective date. */
export function ChangeFields({ kind, form, problems, persons, onChange, onPerson }: {
  kind: ChangeKind; form: ChangeForm; problems: Partial<Record<FormField | '', string>>; persons: InsuredPerson[];
  onChange: (field: FormField, value: string) => void; onPerson: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const hints: Partial<Record<FormField, string>> = {
    nationalNumber: t('groupHospitalisation.form.nationalNumberHint'),
    effectiveDate: t('groupHospitalisation.form.effectiveDateHint'),
  };
  const field = (name: FormField) => ({
    id: `change-${name}`, label: t(`groupHospitalisation.form.${name}`), value: form[name], fullWidth: true,
    required: name === 'effectiveDate' || requiredOf[kind].includes(name), error: Boolean(problems[name]), helperText: problems[name] ?? hints[name],
    slotProps: { inputLabel: { shrink: true } },
  });

  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
      {fieldsOf[kind].map((name) => {
        if (name === 'personId') {
          return (
            <TextField key={name} {...field(name)} select onChange={(event) => onPerson(event.target.value)}>
              {candidatesFor(kind, persons).map((person) => (
                <MenuItem key={person.id} value={person.id}>
                  {`${fullName(person)} (${t(`groupHospitalisation.relation.${person.relation}`)}, ${formatDate(person.birthDate)})`}
                </MenuItem>
              ))}
            </TextField>
          );
        }
        if (name === 'relation') {
          return (
            <TextField key={name} {...field(name)} select onChange={(event) => onChange(name, event.target.value)}>
              {(['partner', 'child'] as const).map((relation) => <MenuItem key={relation} value={relation}>{t(`groupHospitalisation.relation.${relation}`)}</MenuItem>)}
            </TextField>
          );
        }
        return <TextField key={name} {...field(name)} type={inputTypes[name] ?? 'text'} onChange={(event) => onChange(name, event.target.value)} />;
      })}
      {kind === 'remove_family_member' && <Alert severity="info" role="note">{t('groupHospitalisation.form.removeHint')}</Alert>}
      {kind === 'remove_titularis' && <Alert severity="info" role="note">{t('groupHospitalisation.form.removeTitularisHint')}</Alert>}
      <TextField {...field('effectiveDate')} type="date" onChange={(event) => onChange('effectiveDate', event.target.value)} />
      {problems[''] && <Alert severity="error">{problems['']}</Alert>}
    </Box>
  );
}
