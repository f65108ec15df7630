import { Alert, Box, Button, Typography } from '@mui/material';
import type { FormEventHandler, ReactNode } from 'react';
import { ErrorAlert } from '../../layout/feedback';

/**
 * One action on the benefits file as a small form: its title, its fields, one button; the server's refusal under it,
 * and a status line when it is done (for screen readers too).
 */
export function BenefitForm({ title, submitLabel, onSubmit, pending, error, done, children }: {
  title: string; submitLabel: string; onSubmit: FormEventHandler; pending: boolean; error: unknown; done: string | null; children: ReactNode;
}) {
  return (
    <Box component="form" noValidate aria-label={title} onSubmit={onSubmit} sx={{ mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography component="h3" variant="subtitle1" sx={{ mb: 1 }}>{title}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'flex-start' }}>
        {children}
        <Button type="submit" variant="outlined" disabled={pending} aria-busy={pending} sx={{ mt: 0.5 }}>{submitLabel}</Button>
      </Box>
      {error ? <ErrorAlert error={error} /> : null}
      <Box role="status" aria-live="polite">{done && <Alert severity="success" sx={{ mt: 1 }}>{done}</Alert>}</Box>
    </Box>
  );
}

/** A date field's props: its label stays above the browser's own placeholder. */
export const dateField = { type: 'date', slotProps: { inputLabel: { shrink: true } } } as const;

/** A number as a Belgian types it (a decimal comma or point); what is not a number fails the schema's check. */
export const asNumber = { setValueAs: (text: string) => (text === '' ? undefined : Number(String(text).replace(',', '.'))) };
