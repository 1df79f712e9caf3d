/** KPI targets against actuals, and a before/after comparison around a CS initiative (SPEC §3.12). */
import { Anchor, SimpleGrid } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { BeforeAfterForm } from './BeforeAfterForm';
import { TargetsTable } from './TargetsTable';

export function TargetsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('revenue.targets.title')} subtitle={t('revenue.targets.subtitle')}
        actions={<Anchor component={Link} to="/revenue" size="sm">← {t('revenue.title')}</Anchor>} />
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        <TargetsTable />
        <BeforeAfterForm />
      </SimpleGrid>
    </>
  );
}
