import { Box, FormControlLabel, FormHelperText, MenuItem, Switch, TextField } from '@mui/material';
import { useRef } from 'react';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/forms';
import { fieldLabel, optionLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { type Data, FieldPath, pathKey } from './form-data';
import type { JsonSchema } from '../api/declarations';

export const fieldLabelOf = (key: string | number, required: boolean) => `${fieldLabel(String(key), currentLanguage())}${required ? ' *' : ''}`;
const fieldId = (path: FieldPath) => `field-${path.join('-')}`;
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const timePattern = '^([01]\\d|2[0-3]):[0-5]\\d$';

/** `{ not: {} }` (a list that must stay empty) and unknown shapes have no field. */
export const renderable = (schema: JsonSchema) => ['object', 'array', 'string', 'number', 'integer', 'boolean'].includes(schema.type ?? '') || Boolean(schema.enum);

/** An emptied field leaves the data, so a draft only holds what was filled in. */
const filled = (text: string) => (text === '' ? undefined : text);

/**
 * A field of the draft in the wizard's form. It is not registered: registering a field puts it, and its
 * parent objects, in the data, while a draft holds only what was filled in (an untouched address stays
 * out, not an empty one the server finds incomplete). It is checked as a registered field would be on
 * leaving it, and again on every change once checked; the server's problem with it stays until it changes.
 */
function useDraftField(name: string) {
  const { setValue, trigger } = useFormContext<Data>();
  const value: unknown = useWatch<Data>({ name });
  const { errors } = useFormState<Data>({ name, exact: true });
  const error = get(errors, name) as { type?: string; message?: unknown } | undefined;
  const checked = useRef(false);
  return {
    value,
    problem: problemText(error?.message),
    onChange: (next: unknown) => {
      setValue(name, next, { shouldDirty: true });
      if (checked.current || error) void trigger(name);
    },
    onBlur: () => {
      if (error?.type === 'server') return;
      checked.current = true;
      void trigger(name);
    },
  };
}

/** Text, date, time, number (amounts in euro, kept in cents), choice from a list, or yes/no. */
export function ScalarField({ name, schema, path, required, readOnly }: { name: string | number; schema: JsonSchema; path: FieldPath; required: boolean; readOnly: boolean }) {
  const { t } = useTranslation();
  const key = pathKey(path);
  const { value, problem, onChange, onBlur } = useDraftField(key);
  const text = fieldLabelOf(name, false);
  const common = {
    id: fieldId(path), label: text, required, error: Boolean(problem), helperText: problem, disabled: readOnly, fullWidth: true, onBlur,
    slotProps: { inputLabel: { shrink: true }, htmlInput: { 'data-path': key } },
  };

  if (schema.type === 'boolean') {
    return (
      <Box>
        <FormControlLabel
          control={<Switch id={fieldId(path)} checked={value === true} disabled={readOnly} onBlur={onBlur} onChange={(event) => onChange(event.target.checked)} slotProps={{ input: { 'data-path': key } as object }} />}
          label={fieldLabelOf(name, required)}
        />
        {problem && <FormHelperText error>{problem}</FormHelperText>}
      </Box>
    );
  }
  if (schema.enum) {
    return (
      <TextField {...common} select value={value ?? ''} onChange={(event) => onChange(filled(event.target.value))}>
        {!required && <MenuItem value=""><em>{t('wizard.notFilled')}</em></MenuItem>}
        {schema.enum.map((option) => <MenuItem key={option} value={option}>{optionLabel(String(option), currentLanguage())}</MenuItem>)}
      </TextField>
    );
  }
  if (schema.type === 'number' || schema.type === 'integer') {
    const cents = String(name).endsWith('Cents');
    const shown = typeof value === 'number' ? (cents ? value / 100 : value) : '';
    return (
      <TextField
        {...common} type="number" label={cents ? `${text} (${t('wizard.euros')})` : text} value={shown}
        onChange={(event) => {
          const number = event.target.value === '' ? undefined : Number(event.target.value);
          onChange(number === undefined || Number.isNaN(number) ? undefined : cents ? Math.round(number * 100) : number);
        }}
      />
    );
  }
  const type = schema.pattern === datePattern ? 'date' : schema.pattern === timePattern ? 'time' : schema.format === 'email' ? 'email' : 'text';
  const multiline = (schema.maxLength ?? 0) > 500;
  return (
    <TextField
      {...common} type={type} multiline={multiline} minRows={multiline ? 3 : undefined} value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(filled(event.target.value))}
    />
  );
}
