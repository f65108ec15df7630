import { Button, useMediaQuery } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * On a phone (a small or touch screen), a photo taken there and then with the back camera (`capture="environment"`).
 * On a desktop the normal file picker next to it is all there is: a laptop's camera photographs no damage.
 */
export function CameraButton({ onFiles, disabled, testId }: { onFiles: (files: FileList | null) => void; disabled?: boolean; testId: string }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 899.95px), (pointer: coarse)', { noSsr: true });
  if (!phone) return null;
  return (
    <Button variant="outlined" component="label" disabled={disabled}>
      {t('customerClaimView.phone.takePhoto')}
      <input hidden type="file" accept="image/*" capture="environment" data-testid={testId}
        onChange={(event) => { onFiles(event.target.files); event.target.value = ''; }} />
    </Button>
  );
}
