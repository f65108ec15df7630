import { List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldLabel } from '../i18n/labels';
import { currentLanguage } from '../i18n';
import { AccidentIncomeAssessment } from './assessment/AccidentIncomeAssessment';
import { MotorAssessment } from './assessment/MotorAssessment';
import { usePhraseText } from './assessment/phrase-text';
import { WorkplaceAccidentAssessment } from './assessment/WorkplaceAccidentAssessment';
import type { ClaimFile } from '../api/claims';

/** The assessment of the declaration: the rule results per product line, then the documents required and missing. */
export function ClaimAssessment({ file }: { file: ClaimFile }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { documents: { required, missing }, workplaceAccident, motor, accidentIncome } = file.assessment;
  const say = usePhraseText();
  return (
    <Paper component="section" aria-labelledby="assessment-heading" sx={{ p: 3 }}>
      <Typography id="assessment-heading" component="h2" variant="h6">{t('backoffice.file.assessment')}</Typography>
      {workplaceAccident && <WorkplaceAccidentAssessment assessment={workplaceAccident} />}
      {motor && <MotorAssessment assessment={motor} />}
      {accidentIncome && <AccidentIncomeAssessment assessment={accidentIncome} eventDate={(file.data.event as { date?: string } | undefined)?.date} />}
      <Typography component="h3" variant="subtitle1" sx={{ mt: 2 }}>{t('backoffice.file.missingDocuments')}</Typography>
      {missing.length === 0 ? <Typography>{t('backoffice.file.noneMissing')}</Typography> : (
        <List dense>{missing.map((item) => <ListItem key={item.kind} disableGutters><ListItemText primary={fieldLabel(item.kind, language)} secondary={say(item.reason)} /></ListItem>)}</List>
      )}
      <Typography component="h3" variant="subtitle1">{t('backoffice.file.requiredDocuments')}</Typography>
      <List dense>{required.map((item) => <ListItem key={item.kind} disableGutters><ListItemText primary={fieldLabel(item.kind, language)} secondary={say(item.reason)} /></ListItem>)}</List>
    </Paper>
  );
}
