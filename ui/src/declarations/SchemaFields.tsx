import { Box, Button, FormHelperText, Typography } from '@mui/material';
import { get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api/forms';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { type Data, FieldPath, pathKey } from './form-data';
import { fieldLabelOf, renderable, ScalarField } from './ScalarField';
import type { JsonSchema } from '../api/declarations';

/**
 * The fields of an object of the type's JSON Schema, in the schema's order; nested objects become groups.
 * They read and write the wizard's form (react-hook-form), each under the path the API names it by.
 */
export function SchemaFields({ schema, path, readOnly, only }: { schema: JsonSchema; path: FieldPath; readOnly: boolean; only?: string[] }) {
  const entries = Object.entries(schema.properties ?? {}).filter(([key, field]) => renderable(field) && (!only || only.includes(key)));
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {entries.map(([key, field]) => (
        <SchemaField key={key} name={key} schema={field} path={[...path, key]} required={schema.required?.includes(key) ?? false} readOnly={readOnly} />
      ))}
    </Box>
  );
}

type FieldArgs = { name: string | number; schema: JsonSchema; path: FieldPath; required: boolean; readOnly: boolean };

function SchemaField(args: FieldArgs) {
  const { name, schema, path, required, readOnly } = args;
  if (schema.type === 'object') {
    return (
      <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
        <Typography component="legend" sx={{ px: 1, fontWeight: 'bold' }}>{fieldLabelOf(name, required)}</Typography>
        <GroupProblem path={path} />
        <SchemaFields schema={schema} path={path} readOnly={readOnly} />
      </Box>
    );
  }
  if (schema.type === 'array' && schema.items) return <ArrayField {...args} name={String(name)} />;
  return <ScalarField {...args} />;
}

/** A problem with a group or a list as a whole ("name at least one insured person"). */
function GroupProblem({ path }: { path: FieldPath }) {
  const { errors } = useFormState<Data>({ name: pathKey(path), exact: true });
  const problem = problemText((get(errors, pathKey(path)) as { message?: unknown } | undefined)?.message);
  return problem ? <FormHelperText error>{problem}</FormHelperText> : null;
}

/** A list (insured persons, counterparties, witnesses, body parts): add and remove entries. */
function ArrayField({ name, schema, path, required, readOnly }: FieldArgs & { name: string }) {
  const { t } = useTranslation();
  const { setValue, clearErrors } = useFormContext<Data>();
  const key = pathKey(path);
  const items = (useWatch<Data>({ name: key }) as unknown[] | undefined) ?? [];
  const item = schema.items!;
  if (!renderable(item)) return null;
  const what = fieldLabel(name, currentLanguage());
  const blank = item.type === 'object' ? {} : undefined;
  // What was refused of the list (too few entries, or an entry now moved) goes once the list changes.
  const change = (next: unknown[]) => {
    setValue(key, next, { shouldDirty: true });
    clearErrors(key);
  };
  return (
    <Box component="fieldset" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, display: 'grid', gap: 2 }} data-testid={`list-${key}`}>
      <Typography component="legend" sx={{ px: 1, fontWeight: 'bold' }}>{fieldLabelOf(name, required)}</Typography>
      <GroupProblem path={path} />
      {items.map((_, index) => (
        <Box key={index} sx={{ display: 'grid', gap: 1 }}>
          <SchemaField name={`${what} ${index + 1}`} schema={item} path={[...path, index]} required={false} readOnly={readOnly} />
          {!readOnly && items.length > (schema.minItems ?? 0) && (
            <Button sx={{ justifySelf: 'start' }} color="error" onClick={() => change(items.filter((__, other) => other !== index))}>
              {t('wizard.remove', { what: `${what} ${index + 1}` })}
            </Button>
          )}
        </Box>
      ))}
      {!readOnly && items.length < (schema.maxItems ?? Infinity) && (
        <Button sx={{ justifySelf: 'start' }} variant="outlined" onClick={() => change([...items, blank])}>{t('wizard.add', { what })}</Button>
      )}
    </Box>
  );
}
