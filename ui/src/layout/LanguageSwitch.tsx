import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { changeLanguage, uiLanguages } from '../i18n';

/** Every language of the catalogue, each named in its own words (`language.name`: Nederlands, Français, Deutsch, …). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <TextField
      select size="small" label={t('app.language')} value={i18n.language}
      onChange={(event) => void changeLanguage(event.target.value)}
      slotProps={{ htmlInput: { 'data-testid': 'language-switch' } }}
    >
      {uiLanguages.map((language) => <MenuItem key={language} value={language} lang={language}>{t('language.name', { lng: language })}</MenuItem>)}
    </TextField>
  );
}
