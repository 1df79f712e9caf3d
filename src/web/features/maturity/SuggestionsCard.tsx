/** Concrete next steps for the weakest axes, each with a link to the Kizuna screen that helps. */
import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconArrowRight, IconBulb } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { suggestImprovements } from '../../../domain/maturity/improvement-suggestions';
import { QUESTIONNAIRE } from '../../../domain/maturity/questionnaire';
import type { AxisScores } from '../../../domain/maturity/types';
import { useLocale } from '../../lib/use-format';

export function SuggestionsCard({ scores }: { scores: AxisScores }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const weakest = suggestImprovements(scores, 3);
  return (
    <Paper withBorder radius="md" p="md" data-testid="maturity-suggestions">
      <Group gap="xs" mb="sm">
        <ThemeIcon variant="light" color="yellow" size="sm"><IconBulb size={14} /></ThemeIcon>
        <Text fw={600} size="sm">{t('maturity.suggestions.title')}</Text>
      </Group>
      {weakest.length === 0
        ? <Text size="sm" c="dimmed">{t('maturity.suggestions.none')}</Text>
        : (
          <Stack gap="md">
            {weakest.map(({ axis, score, suggestions }) => (
              <div key={axis} data-testid={`suggestions-${axis}`}>
                <Group gap="xs" mb={6}>
                  <Text fw={600} size="sm">{QUESTIONNAIRE.axes.find((a) => a.axis === axis)?.name[locale]}</Text>
                  <Badge variant="light" color={score < 40 ? 'red' : 'yellow'} className="kz-num">{t('maturity.axisScore', { score })}</Badge>
                </Group>
                <Stack gap={6}>
                  {suggestions.map((s) => (
                    <Group key={s.key} gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" style={{ flex: 1 }}>{s.text[locale]}</Text>
                      <Anchor component={Link} to={s.link} size="sm" style={{ whiteSpace: 'nowrap' }}>
                        <Group gap={2} wrap="nowrap">{s.feature[locale]}<IconArrowRight size={14} /></Group>
                      </Anchor>
                    </Group>
                  ))}
                </Stack>
              </div>
            ))}
          </Stack>
        )}
    </Paper>
  );
}
