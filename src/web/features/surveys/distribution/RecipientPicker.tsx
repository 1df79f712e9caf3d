/**
 * Choose who the survey goes to: account conditions (tier, phase, plan, owner; nothing chosen =
 * every active account) and contact conditions (level, role), with a live count of what adding
 * would do before anyone is added. Adding twice adds no one twice.
 */
import { Box, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_LEVELS, CONTACT_ROLES, type ContactLevel, type ContactRole } from '../../../../domain/accounts/fields';
import type { SurveyLanguage } from '../../../../domain/surveys/definition';
import { api, keys } from '../../../api/client';
import { phaseApi, phaseKeys } from '../../../api/phases';
import { distributionApi, distributionKeys, type RecipientFilter, type RecipientSelection } from '../../../api/survey-distribution';
import { surveyKeys, type Survey } from '../../../api/surveys';
import { tierApi, tierKeys } from '../../../api/tiers';
import { useFormat } from '../../../lib/use-format';
import { notifyError, notifySaved } from '../../../lib/notify';
import { AccountPick } from './AccountPick';

interface Choice {
  tiers: string[]; phases: string[]; plans: string[]; ownerIds: string[]; accountIds: string[]; levels: string[]; roles: string[];
  language: SurveyLanguage;
}

const some = <T extends string>(values: string[]) => (values.length > 0 ? (values as T[]) : undefined);

function toFilter(c: Choice): RecipientFilter {
  return {
    accounts: { tiers: some(c.tiers), phases: some(c.phases), plans: some(c.plans), ownerIds: some(c.ownerIds), accountIds: some(c.accountIds) },
    contacts: { levels: some<ContactLevel>(c.levels), roles: some<ContactRole>(c.roles) },
    language: c.language,
  };
}

function useOptions() {
  const tiers = useQuery({ queryKey: tierKeys.list(), queryFn: tierApi.list });
  const phases = useQuery({ queryKey: phaseKeys.list(), queryFn: phaseApi.list });
  const facets = useQuery({ queryKey: keys.accountFacets, queryFn: api.accountFacets });
  const members = useQuery({ queryKey: keys.members, queryFn: api.members });
  return {
    tiers: (tiers.data?.tiers ?? []).map((x) => ({ value: x.key, label: x.name })),
    phases: (phases.data?.items ?? []).map((x) => ({ value: x.key, label: x.name })),
    plans: facets.data?.plans ?? [],
    owners: (members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name })),
  };
}

function PreviewLine({ preview, loading }: { preview: RecipientSelection | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!preview) return <Text size="sm" c="dimmed">{loading ? '…' : ''}</Text>;
  return (
    <Text size="sm" data-testid="recipient-preview">
      {t('surveyDistribution.picker.preview', {
        accounts: format.number(preview.accounts), added: format.number(preview.added),
        matched: format.number(preview.matched), already: format.number(preview.alreadyIncluded), noEmail: format.number(preview.skippedNoEmail),
      })}
    </Text>
  );
}

export function RecipientPicker({ survey }: { survey: Survey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const options = useOptions();
  const [choice, setChoice] = useState<Choice>({
    tiers: [], phases: [], plans: [], ownerIds: [], accountIds: [], levels: [], roles: [], language: survey.languages[0] ?? 'ja',
  });
  const filter = useMemo(() => toFilter(choice), [choice]);
  const [debounced] = useDebouncedValue(filter, 300);
  const preview = useQuery({
    queryKey: distributionKeys.preview(survey.id, debounced),
    queryFn: () => distributionApi.preview(survey.id, debounced),
    placeholderData: keepPreviousData,
  });
  const add = useMutation({
    mutationFn: () => distributionApi.add(survey.id, filter),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: distributionKeys.all(survey.id) });
      void client.invalidateQueries({ queryKey: surveyKeys.all });
      notifySaved(t('surveyDistribution.picker.added', { count: result.added }));
    },
    onError: (error) => notifyError(t, error),
  });
  const set = <K extends keyof Choice>(key: K) => (value: Choice[K]) => setChoice((c) => ({ ...c, [key]: value }));
  // The placeholder says "any" only while nothing is chosen (Mantine keeps it beside the chosen pills).
  const hint = (chosen: string[]) => (chosen.length === 0 ? t('surveyDistribution.picker.any') : undefined);
  return (
    <Paper p="md" withBorder data-testid="recipient-picker">
      <Title order={4} fz="md" mb={4}>{t('surveyDistribution.picker.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{t('surveyDistribution.picker.hint')}</Text>
      <Text size="xs" fw={700} c="dimmed" mb={4}>{t('surveyDistribution.picker.accountConditions')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="sm">
        <MultiSelect label={t('surveyDistribution.picker.tiers')} data={options.tiers} value={choice.tiers} onChange={set('tiers')} placeholder={hint(choice.tiers)} clearable data-testid="pick-tiers" />
        <MultiSelect label={t('surveyDistribution.picker.phases')} data={options.phases} value={choice.phases} onChange={set('phases')} placeholder={hint(choice.phases)} clearable />
        <MultiSelect label={t('surveyDistribution.picker.plans')} data={options.plans} value={choice.plans} onChange={set('plans')} placeholder={hint(choice.plans)} clearable searchable data-testid="pick-plans" />
        <MultiSelect label={t('surveyDistribution.picker.owners')} data={options.owners} value={choice.ownerIds} onChange={set('ownerIds')} placeholder={hint(choice.ownerIds)} clearable searchable />
      </SimpleGrid>
      <Box mb="sm"><AccountPick value={choice.accountIds} onChange={set('accountIds')} /></Box>
      <Text size="xs" fw={700} c="dimmed" mb={4}>{t('surveyDistribution.picker.contactConditions')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <MultiSelect label={t('surveyDistribution.picker.levels')} data={CONTACT_LEVELS.map((l) => ({ value: l, label: t(`contactLevel.${l}`) }))}
          value={choice.levels} onChange={set('levels')} placeholder={hint(choice.levels)} clearable data-testid="pick-levels" />
        <MultiSelect label={t('surveyDistribution.picker.roles')} data={CONTACT_ROLES.map((r) => ({ value: r, label: t(`contactRole.${r}`) }))}
          value={choice.roles} onChange={set('roles')} placeholder={hint(choice.roles)} clearable />
        <Select label={t('surveyDistribution.picker.language')} data={survey.languages.map((l) => ({ value: l, label: t(`surveyDistribution.languages.${l}`) }))}
          value={choice.language} onChange={(v) => v && set('language')(v as SurveyLanguage)} allowDeselect={false} />
      </SimpleGrid>
      <Group justify="space-between" align="center">
        <PreviewLine preview={preview.data} loading={preview.isFetching} />
        <Button leftSection={<IconUserPlus size={16} />} onClick={() => add.mutate()} loading={add.isPending}
          disabled={!preview.data || preview.data.added === 0 || preview.isFetching} data-testid="add-recipients">
          {t('surveyDistribution.picker.add', { count: preview.data?.added ?? 0 })}
        </Button>
      </Group>
    </Paper>
  );
}
