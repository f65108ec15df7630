import { Alert, Box, Button, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catastropheKeys, declareCatastrophe, declareForm, perils } from '../../api/catastrophes';
import { fieldProps, useSchemaForm, useServerProblems } from '../../api/forms';
import { useKeyedMutation } from '../../api/submission';
import { ErrorAlert } from '../../layout/feedback';

/** A senior handler declares a catastrophe event: its open claims are tagged, and new ones when they open. */
export function DeclareCatastrophe() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { name: '', peril: 'storm' as const, startsOn: '', endsOn: '', postcodes: '' };
  const form = useSchemaForm(declareForm, { defaultValues: empty });
  const declare = useKeyedMutation(declareCatastrophe, {
    onSuccess: () => {
      form.reset(empty);
      void queryClient.invalidateQueries({ queryKey: catastropheKeys.list });
    },
  });
  useServerProblems(form, declare.error, ['name', 'peril', 'startsOn', 'endsOn', 'postcodes']);
  const submit = form.handleSubmit((order) => declare.mutate(order));

  return (
    <Paper component="section" aria-labelledby="declare-catastrophe" sx={{ p: 3, mb: 3 }}>
      <Typography id="declare-catastrophe" component="h2" variant="h6" sx={{ mb: 2 }}>{t('catastropheUi.declare.title')}</Typography>
      <Box component="form" noValidate aria-labelledby="declare-catastrophe" onSubmit={submit}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '2fr 1fr 1fr 1fr' } }}>
        <TextField label={t('catastropheUi.declare.name')} required {...fieldProps(form, 'name')} />
        <TextField select label={t('catastropheUi.declare.peril')} required {...fieldProps(form, 'peril')} value={form.watch('peril')}>
          {perils.map((peril) => <MenuItem key={peril} value={peril}>{t(`catastropheUi.peril.${peril}`)}</MenuItem>)}
        </TextField>
        <TextField type="date" label={t('catastropheUi.declare.startsOn')} required slotProps={{ inputLabel: { shrink: true } }} {...fieldProps(form, 'startsOn')} />
        <TextField type="date" label={t('catastropheUi.declare.endsOn')} required slotProps={{ inputLabel: { shrink: true } }} {...fieldProps(form, 'endsOn')} />
        <Box sx={{ gridColumn: '1 / -1' }}>
          {(() => {
            const props = fieldProps(form, 'postcodes');
            return <TextField fullWidth label={t('catastropheUi.declare.postcodes')} required {...props} helperText={props.helperText ?? t('catastropheUi.declare.postcodesHelp')} />;
          })()}
        </Box>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Button type="submit" variant="contained" disabled={declare.isPending} aria-busy={declare.isPending}>{t('catastropheUi.declare.submit')}</Button>
        </Box>
      </Box>
      {declare.error && <ErrorAlert error={declare.error} />}
      <Box role="status" aria-live="polite">
        {declare.data && <Alert severity="success" sx={{ mt: 2 }}>{t('catastropheUi.declare.declared', { name: declare.data.name })}</Alert>}
      </Box>
    </Paper>
  );
}
