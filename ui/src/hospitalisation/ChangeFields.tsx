import { Alert, Box, MenuItem, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../../../domain/hospitalisation';
import type { FieldProblem } from '../api/client';
import { fieldProps, problemText } from '../api/forms';
import { formatDate } from '../i18n/format';
import { candidatesFor, ChangeForm, fieldsOf, FormField, fullName, requiredOf } from './change-data';
import type { InsuredPerson } from '../api/hospitalisation';

const inputTypes: Partial<Record<FormField, string>> = { birthDate: 'date', effectiveDate: 'date', email: 'email' };

/**
 * The fields of one kind of change, each with its label and its problem (the draft schema's, or the
 * server's), then the effective date; the server's problems that name no field below them.
 */
export function ChangeFields({ kind, form, elsewhere, persons, onPerson }: {
  kind: ChangeKind; form: UseFormReturn<ChangeForm, unknown, Partial<ChangeForm>>; elsewhere: FieldProblem[]; persons: InsuredPerson[];
  onPerson: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const hints: Partial<Record<FormField, string>> = {
    nationalNumber: t('groupHospitalisation.form.nationalNumberHint'),
    effectiveDate: t('groupHospitalisation.form.effectiveDateHint'),
  };
  const common = (name: FormField) => ({
    id: `change-${name}`, label: t(`groupHospitalisation.form.${name}`), fullWidth: true,
    required: name === 'effectiveDate' || requiredOf[kind].includes(name), slotProps: { inputLabel: { shrink: true } },
  });
  const text = (name: FormField) => {
    const bound = fieldProps(form, name);
    return <TextField key={name} {...common(name)} {...bound} helperText={bound.helperText ?? hints[name]} type={inputTypes[name] ?? 'text'} />;
  };
  /** A choice from a list: MUI's select is controlled, so it goes through react-hook-form's Controller. */
  const select = (name: FormField, options: ReactNode, onChoose?: (value: string) => void) => (
    <Controller key={name} control={form.control} name={name} render={({ field, fieldState }) => {
      const problem = problemText(fieldState.error?.message);
      return (
        <TextField
          {...common(name)} select name={field.name} value={field.value} inputRef={field.ref} onBlur={field.onBlur} error={Boolean(problem)} helperText={problem}
          onChange={(event) => (onChoose ? onChoose(event.target.value) : field.onChange(event.target.value))}
        >
          {options}
        </TextField>
      );
    }} />
  );

  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 1 }}>
      {fieldsOf[kind].map((name) => {
        if (name === 'personId') {
          return select(name, candidatesFor(kind, persons).map((person) => (
            <MenuItem key={person.id} value={person.id}>
              {`${fullName(person)} (${t(`groupHospitalisation.relation.${person.relation}`)}, ${formatDate(person.birthDate)})`}
            </MenuItem>
          )), onPerson);
        }
        if (name === 'relation') {
          return select(name, (['partner', 'child'] as const).map((relation) => <MenuItem key={relation} value={relation}>{t(`groupHospitalisation.relation.${relation}`)}</MenuItem>));
        }
        return text(name);
      })}
      {kind === 'remove_family_member' && <Alert severity="info" role="note">{t('groupHospitalisation.form.removeHint')}</Alert>}
      {kind === 'remove_titularis' && <Alert severity="info" role="note">{t('groupHospitalisation.form.removeTitularisHint')}</Alert>}
      {text('effectiveDate')}
      {elsewhere.length > 0 && <Alert severity="error">{elsewhere.map((problem) => problem.message).join('; ')}</Alert>}
    </Box>
  );
}
