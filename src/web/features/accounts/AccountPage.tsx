/**
 * One account: header with the numbers that matter, then overview (timeline + profile), health,
 * usage, contacts, subscriptions. The health and usage tabs carry charts, so they load on demand.
 */
import { lazy, Suspense, useState } from 'react';
import { Anchor, Breadcrumbs, Grid, Skeleton, Stack, Tabs } from '@mantine/core';
import { IconAddressBook, IconChartBar, IconHeartbeat, IconLayoutDashboard, IconReceipt } from '@tabler/icons-react';
import { IconSitemap } from '@tabler/icons-react';
import { IconTarget } from '@tabler/icons-react';
import { IconChecklist } from '@tabler/icons-react';
import { IconRoute } from '@tabler/icons-react';
import { IconTransfer } from '@tabler/icons-react';
import { IconBolt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, keys } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { ContactsPanel } from '../contacts/ContactsPanel';
import { SubscriptionsPanel } from '../subscriptions/SubscriptionsPanel';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { AccountFormModal } from './AccountFormModal';
import { AccountHeader } from './AccountHeader';
import { AccountProfile } from './AccountProfile';
import { AccountTierCard } from '../tiers/AccountTierCard';

const AccountHealthTab = lazy(() => import('../health/account/AccountHealthTab').then((m) => ({ default: m.AccountHealthTab })));
const AccountUsageTab = lazy(() => import('../usage/AccountUsageTab').then((m) => ({ default: m.AccountUsageTab })));
const SuccessPlanTab = lazy(() => import('../success-plan/SuccessPlanTab').then((m) => ({ default: m.SuccessPlanTab })));
const AccountStakeholdersTab = lazy(() => import('../stakeholders/AccountStakeholdersTab').then((m) => ({ default: m.AccountStakeholdersTab })));
const AccountJourneyTab = lazy(() => import('../phases/AccountJourneyTab').then((m) => ({ default: m.AccountJourneyTab })));
const AccountTasksTab = lazy(() => import('../tasks/AccountTasksTab').then((m) => ({ default: m.AccountTasksTab })));
const AccountPlaybookRuns = lazy(() => import('../playbooks/AccountPlaybookRuns').then((m) => ({ default: m.AccountPlaybookRuns })));
const AccountHandoffTab = lazy(() => import('../handoffs/AccountHandoffTab').then((m) => ({ default: m.AccountHandoffTab })));

const TABS = ['overview', 'health', 'usage', 'contacts', 'stakeholders', 'success-plan', 'journey', 'tasks', 'playbooks', 'handoff', 'subscriptions'] as const;
type Tab = (typeof TABS)[number];

function TabLoading() {
  return <Stack><Skeleton h={120} radius="md" /><Skeleton h={280} radius="md" /></Stack>;
}

export function AccountPage() {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState(false);
  const account = useQuery({ queryKey: keys.account(accountId), queryFn: () => api.account(accountId) });
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'overview';

  if (account.isPending) {
    return <Stack><Skeleton h={24} w={240} /><Skeleton h={120} /><Skeleton h={320} /></Stack>;
  }
  if (account.isError) return <QueryError error={account.error} onRetry={() => void account.refetch()} />;
  const a = account.data;
  const openTab = (v: string | null) => setParams(v && v !== 'overview' ? { tab: v } : {}, { replace: true });

  return (
    <>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/accounts" size="sm">{t('accounts.title')}</Anchor>
        <span>{a.name}</span>
      </Breadcrumbs>
      <AccountHeader account={a} onEdit={() => setEditing(true)} onOpenHealth={() => openTab('health')} />
      <Tabs value={tab} onChange={openTab} mt="lg" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" leftSection={<IconLayoutDashboard size={16} />}>{t('account.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="health" leftSection={<IconHeartbeat size={16} />}>{t('accountHealth.tab')}</Tabs.Tab>
          <Tabs.Tab value="usage" leftSection={<IconChartBar size={16} />}>{t('usage.tab')}</Tabs.Tab>
          <Tabs.Tab value="contacts" leftSection={<IconAddressBook size={16} />}>{t('account.tabs.contacts')}</Tabs.Tab>
          <Tabs.Tab value="stakeholders" leftSection={<IconSitemap size={16} />}>{t('stakeholders.tab')}</Tabs.Tab>
          <Tabs.Tab value="success-plan" leftSection={<IconTarget size={16} />}>{t('successPlan.tab')}</Tabs.Tab>
          <Tabs.Tab value="journey" leftSection={<IconRoute size={16} />}>{t('phases.tab')}</Tabs.Tab>
          <Tabs.Tab value="tasks" leftSection={<IconChecklist size={16} />}>{t('tasks.tab')}</Tabs.Tab>
          <Tabs.Tab value="playbooks" leftSection={<IconBolt size={16} />}>{t('playbooks.tab')}</Tabs.Tab>
          <Tabs.Tab value="handoff" leftSection={<IconTransfer size={16} />}>{t('handoffs.tab')}</Tabs.Tab>
          <Tabs.Tab value="subscriptions" leftSection={<IconReceipt size={16} />}>{t('account.tabs.subscriptions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <TimelinePanel accountId={a.id} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <AccountProfile account={a} onEdit={() => setEditing(true)} />
              <AccountTierCard accountId={a.id} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="health">
          <Suspense fallback={<TabLoading />}><AccountHealthTab account={a} onOpenTab={openTab} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="usage">
          <Suspense fallback={<TabLoading />}><AccountUsageTab account={a} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="contacts"><ContactsPanel accountId={a.id} /></Tabs.Panel>
        <Tabs.Panel value="stakeholders">
          <Suspense fallback={<TabLoading />}><AccountStakeholdersTab account={a} onOpenTab={openTab} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="success-plan">
          <Suspense fallback={<TabLoading />}><SuccessPlanTab account={a} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="journey">
          <Suspense fallback={<TabLoading />}><AccountJourneyTab account={a} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="tasks">
          <Suspense fallback={<TabLoading />}><AccountTasksTab account={a} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="playbooks">
          <Suspense fallback={<TabLoading />}><AccountPlaybookRuns accountId={a.id} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="handoff">
          <Suspense fallback={<TabLoading />}><AccountHandoffTab account={a} /></Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="subscriptions"><SubscriptionsPanel account={a} /></Tabs.Panel>
      </Tabs>
      <AccountFormModal opened={editing} onClose={() => setEditing(false)} account={a} />
    </>
  );
}
