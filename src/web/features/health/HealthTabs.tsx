/** The health screens' own navigation: overview, scorecards, backtest. */
import { Tabs } from '@mantine/core';
import { IconChartAreaLine, IconListCheck, IconTimelineEvent } from '@tabler/icons-react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

const TABS = [
  { key: 'overview', to: '/health', icon: IconChartAreaLine },
  { key: 'scorecards', to: '/health/scorecards', icon: IconListCheck },
  { key: 'backtest', to: '/health/backtest', icon: IconTimelineEvent },
] as const;

export function HealthTabs({ current }: { current: (typeof TABS)[number]['key'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs value={current} onChange={(v) => { const tab = TABS.find((x) => x.key === v); if (tab) navigate(tab.to); }} mb="lg">
      <Tabs.List>
        {TABS.map((tab) => (
          <Tabs.Tab key={tab.key} value={tab.key} leftSection={<tab.icon size={16} />}>{t(`health.tabs.${tab.key}`)}</Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
