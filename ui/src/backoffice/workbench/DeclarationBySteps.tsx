import { Box, Paper, Typography } from '@mui/material';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { type JsonSchema, useDeclarationTypes } from '../../api/declarations';
import { formSchemaOf } from '../../declarations/variant';
import { wizardSectionKeys, wizardSections } from '../../declarations/wizard-steps';
import { currentLanguage } from '../../i18n';
import { formatDate, formatEuros } from '../../i18n/format';
import { fieldLabel, isOption, optionLabel } from '../../i18n/labels';

type Row = { kind: 'value'; label: string; value: string; depth: number } | { kind: 'group'; label: string; depth: number };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The object's fields in the order the form asks them (the schema's), then any others: the stored data keeps no order. */
function inFormOrder(object: Record<string, unknown>, schema: JsonSchema | undefined): [string, unknown][] {
  const order = Object.keys(schema?.properties ?? {});
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(object).sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * Label / value rows, as the PDF summary reads (activities/documents/declaration-summary.ts): a nested part (an address,
 * a vehicle) under its label, indented; a list of people numbered ("Tegenpartij 2"); days and amounts as the reader writes them.
 */
function rowsOf(object: Record<string, unknown>, schema: JsonSchema | undefined, say: (value: unknown, key: string) => string, depth = 0): Row[] {
  const language = currentLanguage();
  return inFormOrder(object, schema).flatMap(([key, value]): Row[] => {
    if (isEmpty(value)) return [];
    const part = schema?.properties?.[key];
    if (isRecord(value)) return [{ kind: 'group', label: fieldLabel(key, language), depth }, ...rowsOf(value, part, say, depth + 1)];
    if (Array.isArray(value) && value.some(isRecord)) {
      return value.flatMap((item, index) => (isRecord(item)
        ? [{ kind: 'group', label: `${fieldLabel(key, language)} ${index + 1}`, depth } as Row, ...rowsOf(item, part?.items, say, depth + 1)]
        : []));
    }
    return [{ kind: 'value', label: fieldLabel(key, language), value: say(value, key), depth }];
  });
}

/** One step of the wizard: its name as heading, then its fields, labels and values side by side. */
function StepSection({ number, name, rows }: { number: number; name: string; rows: Row[] }) {
  const { t } = useTranslation();
  const id = `declaration-step-${number}`;
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }} data-testid={id}>
      <Typography id={id} component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{name}</Typography>
      {rows.length === 0 ? <Typography color="text.secondary">{t('workbench.declaration.nothingFilled')}</Typography> : (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, 16rem) minmax(0, 1fr)', columnGap: 2, rowGap: 0.5, m: 0 }}>
          {rows.map((row, index) => (
            <Fragment key={index}>
              {row.kind === 'group' ? (
                <Box component="dt" sx={{ gridColumn: '1 / -1', fontWeight: 600, pl: row.depth * 2, mt: 1 }}>{row.label}</Box>
              ) : (
                <>
                  <Box component="dt" sx={{ color: 'text.secondary', pl: row.depth * 2 }}>{row.label}</Box>
                  <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>{row.value}</Box>
                </>
              )}
            </Fragment>
          ))}
        </Box>
      )}
    </Paper>
  );
}

/** The declaration laid out by the wizard's steps (event, parties, damage, contact), the way the customer filled it in. */
export function DeclarationBySteps({ type, data }: { type: string; data: Record<string, unknown> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const info = useDeclarationTypes().data?.find((candidate) => candidate.type === type);
  const schema = info && formSchemaOf(info, data);
  const say = (value: unknown, key: string): string => {
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number' && key.endsWith('Cents')) return formatEuros(value);
    if (typeof value === 'string' && isoDay.test(value)) return formatDate(value);
    if (Array.isArray(value)) return value.map((item) => say(item, key)).join(', ');
    if (isOption(value)) return optionLabel(value, language);
    return String(value);
  };
  // What belongs to no step goes with the damage, as in the wizard.
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !wizardSectionKeys.includes(key)));
  // A step's part of the data, and its part of the form (what belongs to no part read with the form's top level).
  const stepData = (number: 1 | 2 | 3 | 4) => ({
    ...Object.fromEntries(wizardSections[number].flatMap((key) => (isRecord(data[key]) ? Object.entries(data[key] as Record<string, unknown>) : []))),
    ...(number === 3 ? rest : {}),
  });
  const stepSchema = (number: 1 | 2 | 3 | 4): JsonSchema => ({
    properties: {
      ...Object.fromEntries(wizardSections[number].flatMap((key) => Object.entries(schema?.properties?.[key]?.properties ?? {}))),
      ...(number === 3 ? schema?.properties : {}),
    },
  });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {([1, 2, 3, 4] as const).map((number) => (
        <StepSection key={number} number={number} name={t(`wizard.steps.${number - 1}`)} rows={rowsOf(stepData(number), stepSchema(number), say)} />
      ))}
    </Box>
  );
}
