import { Box, Button, FormControlLabel, FormHelperText, MenuItem, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel, optionLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { FieldPath, pathKey, valueAt } from './form-data';
import type { JsonSchema } from '../api/declarations';

export interface FormContext {
  data: unknown;
  errors: Record<string, string>;
  onChange: (path: FieldPath, value: unknown) => void;
  readOnly?: boolean;
}

const label = (key: string | number, required: boolean) => `${fieldLabel(String(key), currentLanguage())}${required ? ' *' : ''}`;
const fieldId = (path: FieldPath) => `field-${path.join('-')}`;
const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const timePattern = '^([01]\\d|2[0-3]):[0-5]\\d$';
/** `{ not: {} }` (a list that must stay empty) and unknown shapes have no field. */
const renderable = (schema: JsonSchema) => ['object', 'array', 'string', 'number', 'integer', 'boolean'].includes(schema.type ?? '') || Boolean(schema.enum);

/** The fields of an object of the type's JSON Schema, in the schema's order; nested objects become groups. */
export function SchemaFields({ schema, path, context, only }: { schema: JsonSchema; path: FieldPath; context: FormContext; only?: string[] }) {
  const entries = Object.entries(schema.properties ?? {}).filter(([key, field]) => renderable(field) && (!only || only.includes(key)));
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {entries.map(([key, field]) => (
        <SchemaField key={key} name={key} schema={field} path={[...path, key]} required={schema.required?.includes(key) ?? false} context={context} />
      ))}
    </Box>
  );
}

function SchemaField({ name, schema, path, required, context }: { name: string | number; schema: JsonSchema; path: FieldPath; required: boolean; context: FormContext }) {
  if (schema.type === 'object') {
    return (
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
        <Typography component="legend" sx={{ px: 1, fontWeight: 'bold' }}>{label(name, required)}</Typography>
        <GroupError path={path} context={context} />
        <SchemaFields schema={schema} path={path} context={context} />
      </Box>
    );
  }
  if (schema.type === 'array' && schema.items) return <ArrayField name={String(name)} schema={schema} path={path} required={required} context={context} />;
  return <ScalarField name={name} schema={schema} path={path} required={required} context={context} />;
}

function GroupError({ path, context }: { path: FieldPath; context: FormContext }) {
  const error = context.errors[pathKey(path)];
  return error ? <FormHelperText error>{error}</FormHelperText> : null;
}

/** A list (insured persons, counterparties, witnesses, body parts): add and remove entries. */
function ArrayField({ name, schema, path, required, context }: { name: string; schema: JsonSchema; path: FieldPath; required: boolean; context: FormContext }) {
  const { t } = useTranslation();
  const items = (valueAt(context.data, path) as unknown[] | undefined) ?? [];
  const item = schema.items!;
  if (!renderable(item)) return null;
  const what = fieldLabel(name, currentLanguage());
  const blank = item.type === 'object' ? {} : undefined;
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, display: 'grid', gap: 2 }} data-testid={`list-${pathKey(path)}`}>
      <Typography component="legend" sx={{ px: 1, fontWeight: 'bold' }}>{label(name, required)}</Typography>
      <GroupError path={path} context={context} />
      {items.map((_, index) => (
        <Box key={index} sx={{ display: 'grid', gap: 1 }}>
          <SchemaField name={`${what} ${index + 1}`} schema={item} path={[...path, index]} required={false} context={context} />
          {!context.readOnly && items.length > (schema.minItems ?? 0) && (
            <Button sx={{ justifySelf: 'start' }} color="error" onClick={() => context.onChange(path, items.filter((__, other) => other !== index))}>
              {t('wizard.remove', { what: `${what} ${index + 1}` })}
            </Button>
          )}
        </Box>
      ))}
      {!context.readOnly && items.length < (schema.maxItems ?? Infinity) && (
        <Button sx={{ justifySelf: 'start' }} variant="outlined" onClick={() => context.onChange(path, [...items, blank])}>{t('wizard.add', { what })}</Button>
      )}
    </Box>
  );
}

/** Text, date, time, number (amounts in euro), choice from a list, or yes/no. */
function ScalarField({ name, schema, path, required, context }: { name: string | number; schema: JsonSchema; path: FieldPath; required: boolean; context: FormContext }) {
  const { t } = useTranslation();
  const key = pathKey(path);
  const value = valueAt(context.data, path);
  const error = context.errors[key];
  const text = label(name, false);
  const common = {
    id: fieldId(path), label: text, required, error: Boolean(error), helperText: error, disabled: context.readOnly, fullWidth: true,
    slotProps: { inputLabel: { shrink: true }, htmlInput: { 'data-path': key } },
  };

  if (schema.type === 'boolean') {
    return (
      <Box>
        <FormControlLabel
          control={<Switch id={fieldId(path)} checked={value === true} disabled={context.readOnly} onChange={(event) => context.onChange(path, event.target.checked)} slotProps={{ input: { 'data-path': key } as object }} />}
          label={label(name, required)}
        />
        {error && <FormHelperText error>{error}</FormHelperText>}
      </Box>
    );
  }
  if (schema.enum) {
    return (
      <TextField {...common} select value={value ?? ''} onChange={(event) => context.onChange(path, event.target.value === '' ? undefined : event.target.value)}>
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
          context.onChange(path, number === undefined || Number.isNaN(number) ? undefined : cents ? Math.round(number * 100) : number);
        }}
      />
    );
  }
  const type = schema.pattern === datePattern ? 'date' : schema.pattern === timePattern ? 'time' : schema.format === 'email' ? 'email' : 'text';
  const multiline = (schema.maxLength ?? 0) > 500;
  return (
    <TextField
      {...common} type={type} multiline={multiline} minRows={multiline ? 3 : undefined} value={typeof value === 'string' ? value : ''}
      onChange={(event) => context.onChange(path, event.target.value === '' ? undefined : event.target.value)}
    />
  );
}
