/**
 * An account's relationship coverage at a glance: executive sponsor, champion, the share of
 * stakeholders met within their agreed frequency — and, for each gap, what to do about it.
 */
import { Alert, Group, Paper, Progress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCircleCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AccountCoverage } from '../../../domain/stakeholders/account-coverage';
import type { Stakeholder } from '../../api/stakeholders';
import { useFormat } from '../../lib/use-format';
import { formatRate } from '../revenue/metric-format';

interface Props {
  coverage: AccountCoverage;
  stakeholders: Stakeholder[];
}

export function CoverageSummary({ coverage, stakeholders }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const sponsors = stakeholders.filter((s) => s.isExecutiveSponsor).map((s) => s.name);
  const champions = stakeholders.filter((s) => s.role === 'champion').map((s) => s.name);
  const share = coverage.cadenceShare;
  return (
    <Paper p="md" radius="md" data-testid="coverage-summary">
      <Text fw={600} size="sm" mb="sm">{t('stakeholders.coverage.title')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Presence testId="coverage-sponsor" label={t('stakeholders.coverage.sponsor')} names={sponsors} />
        <Presence testId="coverage-champion" label={t('stakeholders.coverage.champion')} names={champions} />
        <Stack gap={4} data-testid="coverage-cadence">
          <Text size="xs" c="dimmed" fw={500}>{t('stakeholders.coverage.cadence')}</Text>
          {share === null ? (
            <Text size="sm" c="dimmed">{t('stakeholders.coverage.noCadence')}</Text>
          ) : (
            <>
              <Group gap={6} align="baseline">
                <Text fw={700} fz={20} className="kz-num" data-testid="cadence-share">{formatRate(share, format.locale)}</Text>
                <Text size="xs" c="dimmed">{t('stakeholders.coverage.cadenceCount', { within: coverage.withinCadence, total: coverage.withCadence })}</Text>
              </Group>
              <Progress value={share * 100} color={share >= 0.8 ? 'teal' : share >= 0.5 ? 'yellow' : 'red'} size="sm"
                aria-label={t('stakeholders.coverage.cadence')} />
            </>
          )}
        </Stack>
      </SimpleGrid>
      <Stack gap="xs" mt="md" data-testid="coverage-warnings">
        {coverage.warnings.length === 0 ? (
          <Group gap={6} wrap="nowrap">
            <ThemeIcon size={20} radius="xl" color="teal" variant="light"><IconCircleCheck size={14} /></ThemeIcon>
            <Text size="sm" c="teal.8">{t('stakeholders.coverage.allGood')}</Text>
          </Group>
        ) : coverage.warnings.map((w) => (
          <Alert key={w} color={w === 'no_cadence_agreed' ? 'yellow' : 'red'} variant="light" p="xs"
            icon={<IconAlertTriangle size={16} />} title={t(`stakeholders.warnings.${w}.title`, { count: coverage.overdue })}
            data-testid={`warning-${w}`}>
            <Text size="xs">{t(`stakeholders.warnings.${w}.action`)}</Text>
          </Alert>
        ))}
      </Stack>
    </Paper>
  );
}

function Presence({ label, names, testId }: { label: string; names: string[]; testId: string }) {
  const { t } = useTranslation();
  const present = names.length > 0;
  return (
    <Stack gap={4} data-testid={testId} data-present={present}>
      <Text size="xs" c="dimmed" fw={500}>{label}</Text>
      <Group gap={6} wrap="nowrap">
        <ThemeIcon size={22} radius="xl" color={present ? 'teal' : 'red'} variant="light">
          {present ? <IconCheck size={14} /> : <IconX size={14} />}
        </ThemeIcon>
        <Text size="sm" fw={600} c={present ? undefined : 'red.7'} truncate>
          {present ? names.join(t('common.listSeparator')) : t('stakeholders.coverage.missing')}
        </Text>
      </Group>
    </Stack>
  );
}
