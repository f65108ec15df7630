import { Box, Paper, Step, StepLabel, Stepper, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ClaimDetail } from '../api/claims';
import { formatDate } from '../i18n/format';

/** Declared → opened → decided → paid → closed, each with its day once reached; down the screen on a phone. */
export function ClaimProgress({ progress }: { progress: ClaimDetail['progress'] }) {
  const { t } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'), { noSsr: true });
  // The line stands at the last step reached; a later step reached (a payment before the decision) counts too.
  const reached = progress.reduce((last, step, index) => (step.at ? index : last), -1);

  return (
    <Paper component="section" aria-labelledby="progress-heading" sx={{ p: { xs: 2, md: 3 } }} data-testid="claim-progress">
      <Typography id="progress-heading" component="h2" variant="h6" sx={{ mb: 2 }}>{t('customerClaimView.progress.title')}</Typography>
      <Stepper activeStep={reached + 1} orientation={narrow ? 'vertical' : 'horizontal'} alternativeLabel={!narrow}>
        {progress.map(({ step, at }) => (
          <Step key={step} completed={Boolean(at)} data-testid={`progress-${step}`} data-reached={at ? 'yes' : 'no'}>
            <StepLabel optional={<Typography variant="caption">{at ? formatDate(at) : t('customerClaimView.progress.notYet')}</Typography>}>
              <Box component="span">{t(`customerClaimView.progress.step.${step}`)}</Box>
            </StepLabel>
          </Step>
        ))}
      </Stepper>
    </Paper>
  );
}
