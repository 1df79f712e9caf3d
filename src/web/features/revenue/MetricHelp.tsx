/** A metric's name with its written definition (and the contested choices that apply) on hover, in the UI language. */
import type { ReactNode } from 'react';
import { Group, HoverCard, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/use-format';
import { useDefinitions } from './use-definitions';

interface Props {
  metric: string;
  children: ReactNode;
}

export function MetricHelp({ metric, children }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { definition, choice } = useDefinitions();
  const def = definition(metric);
  if (!def) return <>{children}</>;
  return (
    <HoverCard width={340} shadow="md" withinPortal openDelay={120} closeDelay={50} position="top-start">
      <HoverCard.Target>
        <Group gap={4} wrap="nowrap" style={{ cursor: 'help' }} data-testid={`help-${metric}`}>
          {children}
          <IconInfoCircle size={14} color="var(--mantine-color-dimmed)" aria-label={t('revenue.definition')} />
        </Group>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Stack gap={6} data-testid="metric-definition">
          <Text size="sm" fw={600}>{def.name[locale]}</Text>
          <Text size="sm">{def.definition[locale]}</Text>
          {def.choices.map((key) => {
            const c = choice(key);
            return c ? <Text key={key} size="xs" c="dimmed"><b>{c.name[locale]}</b> — {c.text[locale]}</Text> : null;
          })}
        </Stack>
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
