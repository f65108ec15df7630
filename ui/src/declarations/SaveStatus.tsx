import { Alert, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { SaveState } from './useDraftAutosave';

const timeOfDay = (at: Date) => new Intl.DateTimeFormat(`${currentLanguage()}-BE`, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Brussels' }).format(at);

/** "Opgeslagen om 14:05", read out politely by screen readers; a colleague's change offers a reload. */
export function SaveStatus({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Box aria-live="polite" role="status" data-testid="save-status" sx={{ minHeight: 24 }}>
      {state.kind === 'saving' && <Typography variant="body2" color="text.secondary">{t('wizard.saving')}</Typography>}
      {state.kind === 'saved' && <Typography variant="body2" color="text.secondary">{t('wizard.savedAt', { time: timeOfDay(state.at) })}</Typography>}
      {state.kind === 'invalid' && <Alert severity="warning">{t('wizard.notSaved')}</Alert>}
      {state.kind === 'failed' && <Alert severity="error">{state.message}</Alert>}
      {state.kind === 'stale' && (
        <Alert severity="warning" action={<Button color="inherit" onClick={onReload}>{t('wizard.reload')}</Button>}>{t('wizard.stale')}</Alert>
      )}
    </Box>
  );
}
