import { Box, Button, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DECLARATION_DEADLINE_DAYS } from '../../../domain/rules/workplace-accident';
import { Faq } from './Faq';
import { Helpdesk } from './Helpdesk';

/** The declare flow with the workplace accident already chosen (seed 000: "doorklikken naar de e-tool arbeidsongevallen"). */
export const workplaceAccidentDeclarePath = '/declare?type=workplace_accident';

/** What the help page holds, for customers in the portal and for visitors at the login page alike. */
export function HelpSections() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', gap: 3, maxWidth: 960 }}>
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { md: '1fr 1fr' } }}>
        <Paper component="section" aria-labelledby="helpdesk-title" sx={{ p: 3, display: 'grid', gap: 1, alignContent: 'start' }}>
          <Typography id="helpdesk-title" component="h2" variant="h5">{t('help.helpdesk.title')}</Typography>
          <Helpdesk />
        </Paper>
        <Paper component="section" aria-labelledby="workplace-tool-title" sx={{ p: 3, display: 'grid', gap: 2, justifyItems: 'start', alignContent: 'start' }}>
          <Typography id="workplace-tool-title" component="h2" variant="h5">{t('help.workplaceTool.title')}</Typography>
          <Typography>{t('help.workplaceTool.text', { deadlineDays: DECLARATION_DEADLINE_DAYS })}</Typography>
          <Button component={RouterLink} to={workplaceAccidentDeclarePath} variant="contained">{t('help.workplaceTool.start')}</Button>
        </Paper>
      </Box>
      <Box component="section" aria-labelledby="faq-title">
        <Typography id="faq-title" component="h2" variant="h5" sx={{ mb: 2 }}>{t('help.faqTitle')}</Typography>
        <Faq />
      </Box>
    </Box>
  );
}
