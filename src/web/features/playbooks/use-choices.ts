/** What the editor offers in its selects: phases, tiers, email templates, members, account custom fields. */
import { useQuery } from '@tanstack/react-query';
import { api, keys } from '../../api/client';
import { deliveryApi, deliveryKeys } from '../../api/delivery';
import { phaseApi, phaseKeys } from '../../api/phases';
import { tierApi, tierKeys } from '../../api/tiers';
import { useLocale } from '../../lib/use-format';

const LANGUAGE = { ja: { ja: '（日本語）', en: '（英語）' }, en: { ja: ' (Japanese)', en: ' (English)' } } as const;

export function usePlaybookChoices() {
  const locale = useLocale();
  const phases = useQuery({ queryKey: phaseKeys.list(), queryFn: phaseApi.list });
  const tiers = useQuery({ queryKey: tierKeys.list(), queryFn: tierApi.list });
  const templates = useQuery({ queryKey: deliveryKeys.templates(), queryFn: deliveryApi.templates });
  const members = useQuery({ queryKey: keys.members, queryFn: api.members });
  const fields = useQuery({ queryKey: keys.customFields, queryFn: api.customFields });
  const phaseOptions = (phases.data?.items ?? []).map((p) => ({ value: p.key, label: p.name }));
  const tierOptions = (tiers.data?.tiers ?? []).map((x) => ({ value: x.key, label: x.name }));
  return {
    phases: phaseOptions,
    tiers: tierOptions,
    templates: (templates.data?.items ?? []).map((x) => ({ value: x.id, label: `${x.name}${LANGUAGE[locale][x.locale === 'en' ? 'en' : 'ja']}` })),
    members: (members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
    fields: (fields.data?.items ?? []).filter((f) => f.entity === 'account').map((f) => ({ value: f.key, label: locale === 'ja' ? f.labelJa : f.labelEn })),
    phaseName: (key: string) => phaseOptions.find((p) => p.value === key)?.label ?? key,
    tierName: (key: string) => tierOptions.find((p) => p.value === key)?.label ?? key,
    templateName: (id: string) => templates.data?.items.find((x) => x.id === id)?.name ?? '—',
  };
}
