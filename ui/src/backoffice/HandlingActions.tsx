import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../layout/feedback';
import { useMe } from '../api/session';
import { DecisionDialog } from './DecisionDialog';
import { ReassignAction } from './ReassignAction';
import { CloseClaimAction, ClosedClaim, ReopenedNote } from './ClosingActions';
import { claimActions, decisionKinds, useClaimAction } from '../api/claims';
import type { ClaimFile, Decision } from '../api/claims';

/**
 * What the handler can do now, each an explicit button on an explicit endpoint; a refusal shows the server's reason.
 * A claim closes with its outcome and reopens with a reason; a senior handler also reassigns.
 */
export function HandlingActions({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = claimActions(file.id);
  const startHandling = useClaimAction(file.id, actions.startHandling);
  const decide = useClaimAction(file.id, actions.decide);
  const succeeded = (what: string) => () => setDone(t('backoffice.actions.done', { what }));
  const report = (what: string) => succeeded(what)();

  const closed = Boolean(file.claim?.closedAt);
  const canDecide = !closed && (file.status === 'in_handling' || file.status === 'under_reservation');
  const refusal = startHandling.error;
  const claim = file.claim;

  return (
    <Paper sx={{ p: 3 }}>
      <Typography component="h2" variant="h6">{t('backoffice.actions.title')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {file.status === 'submitted' && (
          <Button variant="contained" disabled={startHandling.isPending}
            onClick={() => { setDone(null); startHandling.mutate(undefined, { onSuccess: succeeded(t('backoffice.actions.startHandling')) }); }}>
            {t('backoffice.actions.startHandling')}
          </Button>
        )}
        {canDecide && decisionKinds
          .filter((decision) => !(decision === 'reserve' && file.status === 'under_reservation'))
          .map((decision) => (
            <Button key={decision} variant={decision === 'accept' ? 'contained' : 'outlined'} color={decision === 'refuse' ? 'error' : 'primary'}
              onClick={() => { setDone(null); decide.reset(); setDeciding(decision); }}>
              {t(`backoffice.actions.${decision}`)}
            </Button>
          ))}
        {/* The claim's process says which outcome fits and what must settle first. */}
        {claim && !closed && <CloseClaimAction file={file} onDone={report} />}
      </Box>
      {claim && closed && <ClosedClaim file={file} claim={claim} onDone={report} />}
      {claim && <ReopenedNote claim={claim} />}
      {refusal && <ErrorAlert error={refusal} />}
      {done && <Alert severity="success" sx={{ mt: 2 }} role="status">{done}</Alert>}
      {deciding && (
        <DecisionDialog decision={deciding} error={decide.error} pending={decide.isPending} onClose={() => setDeciding(null)}
          onConfirm={(body) => decide.mutate(body, { onSuccess: () => { setDeciding(null); succeeded(t(`backoffice.actions.${body.decision}`))(); } })} />
      )}
      {/* Only a senior handler may reassign: the server refuses the others. */}
      {me.user.role === 'senior_handler' && file.claim && !closed && <ReassignAction file={file} />}
    </Paper>
  );
}
