import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useMyWork } from '../api/diary';

const hidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** The menu's label of My work, with the count of what waits (refreshed with My work). */
export function MyWorkMenuLabel() {
  const { t } = useTranslation();
  const total = useMyWork().data?.counts.total ?? 0;
  return (
    <Box component="span" sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
      {t('diaryUi.menu.myWork')}
      {total > 0 && (
        <Box component="span" data-testid="my-work-count"
          sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', borderRadius: 8, px: 1, minWidth: 24, textAlign: 'center', fontSize: 13, fontWeight: 600 }}>
          {total}<Box component="span" sx={hidden}> {t('diaryUi.menu.waiting', { count: total })}</Box>
        </Box>
      )}
    </Box>
  );
}
