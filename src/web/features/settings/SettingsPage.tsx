/** Settings: one tab per area, shown to the roles that may see it. */
import type { ReactElement } from 'react';
import { Tabs } from '@mantine/core';
import { IconChartBar, IconCreditCard, IconHistory, IconKey, IconListDetails, IconPlugConnected, IconSettings, IconUsers } from '@tabler/icons-react';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../../domain/people/roles';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../session/use-session';
import { ApiKeysSettings } from '../api-keys/ApiKeysSettings';
import { AuditLog } from '../audit/AuditLog';
import { CustomFieldsSettings } from '../custom-fields/CustomFieldsSettings';
import { MembersSettings } from '../members/MembersSettings';
import { WorkspaceSettings } from '../workspace/WorkspaceSettings';
import { MetricsSettings } from '../revenue/settings/MetricsSettings';
import { StripeSettings } from '../billing/StripeSettings';
import { UsageDataSettings } from '../health/settings/UsageDataSettings';
import { TouchModelSettings } from '../tiers/TouchModelSettings';
import { IconStairs } from '@tabler/icons-react';
import { IconRoute } from '@tabler/icons-react';
import { PhasesSettings } from '../phases/PhasesSettings';
import { IconSend } from '@tabler/icons-react';
import { DeliverySettings } from '../delivery/DeliverySettings';
import { IconMessages } from '@tabler/icons-react';
import { VocSettingsPanel } from '../voc/VocSettingsPanel';

const TABS = [
  { key: 'members', icon: IconUsers, needs: null, Panel: MembersSettings },
  { key: 'api-keys', icon: IconKey, needs: 'workspace.admin', Panel: ApiKeysSettings },
  { key: 'custom-fields', icon: IconListDetails, needs: null, Panel: CustomFieldsSettings },
  { key: 'workspace', icon: IconSettings, needs: null, Panel: WorkspaceSettings },
  { key: 'metrics', icon: IconChartBar, needs: 'workspace.admin', Panel: MetricsSettings },
  { key: 'billing', icon: IconCreditCard, needs: 'workspace.admin', Panel: StripeSettings },
  { key: 'usage', icon: IconPlugConnected, needs: null, Panel: UsageDataSettings },
  { key: 'touch-model', icon: IconStairs, needs: null, Panel: TouchModelSettings, label: 'touchModel.settingsTab' },
  { key: 'phases', icon: IconRoute, needs: null, Panel: PhasesSettings, label: 'phases.settingsTab' },
  { key: 'delivery', icon: IconSend, needs: 'journey.configure', Panel: DeliverySettings, label: 'delivery.settingsTab' },
  { key: 'voc', icon: IconMessages, needs: null, Panel: VocSettingsPanel, label: 'voc.settingsTab' },
  { key: 'audit', icon: IconHistory, needs: 'audit.read', Panel: AuditLog },
] as const satisfies readonly { key: string; icon: typeof IconUsers; needs: Permission | null; Panel: () => ReactElement; label?: string }[];

export function SettingsPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  const me = useSession();
  const visible = TABS.filter((x) => x.needs === null || me.permissions.includes(x.needs));
  const current = visible.find((x) => x.key === tab);
  if (!current) return <Navigate to="/settings/members" replace />;

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Tabs value={current.key} onChange={(v) => v && navigate(`/settings/${v}`)} keepMounted={false}>
        <Tabs.List mb="lg">
          {visible.map((x) => (
            <Tabs.Tab key={x.key} value={x.key} leftSection={<x.icon size={16} />}>{t(('label' in x && x.label) || `settings.tabs.${x.key}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
        {visible.map((x) => (
          <Tabs.Panel key={x.key} value={x.key}><x.Panel /></Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
