/** /handoffs: every handoff with its status and completeness (by sales rep), and the completeness report. */
import { Tabs } from '@mantine/core';
import { IconChartBar, IconList } from '@tabler/icons-react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { HandoffListView } from './HandoffListView';
import { HandoffReportView } from './HandoffReportView';

export function HandoffsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('view') === 'report' ? 'report' : 'list';
  return (
    <>
      <PageHeader title={t('handoffs.page.title')} subtitle={t('handoffs.page.subtitle')} />
      <Tabs value={tab} onChange={(v) => setParams(v === 'report' ? { view: 'report' } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list" leftSection={<IconList size={16} />}>{t('handoffs.page.listTab')}</Tabs.Tab>
          <Tabs.Tab value="report" leftSection={<IconChartBar size={16} />}>{t('handoffs.page.reportTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list"><HandoffListView /></Tabs.Panel>
        <Tabs.Panel value="report"><HandoffReportView /></Tabs.Panel>
      </Tabs>
    </>
  );
}
