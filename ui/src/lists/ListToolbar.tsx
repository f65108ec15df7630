import { Box, Button } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Above a list: its filters, then the CSV export of exactly what the filters select. */
export function ListToolbar({ children, csvUrl }: { children: ReactNode; csvUrl: string }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', my: 2 }}>
      {children}
      <Box sx={{ flexGrow: 1 }} />
      <Button variant="outlined" href={csvUrl} download data-testid="csv-export">{t('list.exportCsv')}</Button>
    </Box>
  );
}
