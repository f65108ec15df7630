import { useTranslation } from 'react-i18next';
import { PageHeading } from '../layout/PageHeading';
import { HelpSections } from './HelpSections';

/** Hulp (`/help`): the helpdesk, the click-through to declare a workplace accident, and the FAQ. */
export function HelpPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('help.title')}</PageHeading>
      <HelpSections />
    </>
  );
}
