import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { changeLanguage, uiLanguages, UiLanguage } from '../i18n';

const names: Record<UiLanguage, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <TextField
      select size="small" label={t('app.language')} value={i18n.language}
      onChange={(event) => void changeLanguage(event.target.value as UiLanguage)}
      slotProps={{ htmlInput: { 'data-testid': 'language-switch' } }}
    >
      {uiLanguages.map((language) => <MenuItem key={language} value={language} lang={language}>{names[language]}</MenuItem>)}
    </TextField>
  );
}
