import { MenuItem, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A list filter with fixed choices; '' means no filter. */
export function FilterSelect({ label, value, options, onChange, testId }: {
  label: string; value: string; options: { value: string; label: string }[]; onChange: (value: string) => void; testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField select size="small" label={label} value={value} onChange={(event) => onChange(event.target.value)} sx={{ minWidth: 180 }}
      slotProps={{ htmlInput: { 'data-testid': testId } }}>
      <MenuItem value="">{t('list.allStatuses')}</MenuItem>
      {options.map((option) => <MenuItem key={option.value} value={option.value}>{option.label}</MenuItem>)}
    </TextField>
  );
}

/** A free-text list filter, applied once the user pauses typing. */
export function FilterText({ label, value, onChange, testId, hint }: { label: string; value: string; onChange: (value: string) => void; testId?: string; hint?: string }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = setTimeout(() => onChange(text), 400);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return <TextField size="small" type="search" label={label} helperText={hint} value={text} onChange={(event) => setText(event.target.value)} slotProps={{ htmlInput: { 'data-testid': testId } }} />;
}
