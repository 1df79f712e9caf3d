/** CSV import: the wizard and the recent jobs. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../../session/use-session';
import { ImportWizard } from './ImportWizard';
import { RecentImports } from './RecentImports';

export function ImportPage() {
  const { t } = useTranslation();
  const canImport = useCan('import.run');
  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      {canImport ? <ImportWizard /> : <Alert color="gray">{t('errors.noPermission')}</Alert>}
      {canImport && <RecentImports />}
    </>
  );
}
