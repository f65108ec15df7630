import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <PageHeading>{t('common.notFound')}</PageHeading>;
}
