import { Alert, Box, Button, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../layout/feedback';
import { useReplay } from '../api/audit';

/** Replays the workflow's history against the code the API runs now: deterministic, or the mismatch. */
export function ReplayButton({ workflowId }: { workflowId: string }) {
  const { t } = useTranslation();
  const replay = useReplay(workflowId);
  return (
    <Box sx={{ my: 2 }}>
      <Button variant="contained" onClick={() => replay.mutate()} disabled={replay.isPending}>{t('audit.timeline.replay')}</Button>
      {replay.isPending && (
        <Box role="status" aria-live="polite" sx={{ mt: 1 }}>
          {t('audit.timeline.replaying')}
          <LinearProgress aria-label={t('audit.timeline.replaying')} />
        </Box>
      )}
      {replay.error && <ErrorAlert error={replay.error} />}
      {replay.data && (
        <Alert severity={replay.data.deterministic ? 'success' : 'error'} sx={{ mt: 1 }} data-testid="replay-verdict">
          {replay.data.deterministic ? t('audit.timeline.deterministic') : t('audit.timeline.nondeterministic', { error: replay.data.error ?? '' })}
        </Alert>
      )}
    </Box>
  );
}
