/**
 * How a measure's raw value becomes 0–100 points: threshold steps, a linear range (optionally
 * inverted for "less is better"), or the account's percentile rank within the workspace.
 */
import { Fragment } from 'react';
import { ActionIcon, Box, Button, Group, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Normalizer } from '../../../../domain/health/scorecard';

interface Props {
  normalize: Normalizer;
  unit: string;
  onChange: (normalize: Normalizer) => void;
}

const num = (v: string | number, fallback = 0) => (typeof v === 'number' ? v : fallback);

/** Switching type keeps nothing but starts from a shape that scores sensibly. */
function ofType(type: string, previous: Normalizer): Normalizer {
  if (type === 'threshold') return { type: 'threshold', steps: [{ min: 1, points: 50 }, { min: 5, points: 100 }], below: 0 };
  if (type === 'range') return { type: 'range', low: 0, high: 100, invert: 'invert' in previous ? previous.invert ?? false : false };
  return { type: 'percentile', invert: 'invert' in previous ? previous.invert ?? false : false };
}

export function NormalizerFields({ normalize, unit, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={8}>
      <Group gap="sm">
        <Text size="sm" fw={500}>{t('health.normalize.title')}</Text>
        <SegmentedControl size="xs" value={normalize.type} onChange={(v) => v !== normalize.type && onChange(ofType(v, normalize))}
          data={[
            { value: 'threshold', label: t('health.normalize.threshold') },
            { value: 'range', label: t('health.normalize.range') },
            { value: 'percentile', label: t('health.normalize.percentile') },
          ]} />
      </Group>
      {normalize.type === 'threshold' && (
        <Stack gap={4}>
          <Box style={{ display: 'grid', gridTemplateColumns: 'auto 120px auto 100px auto', gap: 8, alignItems: 'center', justifyContent: 'start' }}>
            {normalize.steps.map((step, index) => (
              <Fragment key={index}>
                <Text size="sm" ta="right">{t('health.normalize.atLeast')}</Text>
                <NumberInput size="xs" aria-label={t('health.normalize.stepMin', { n: index + 1 })} value={step.min} suffix={unit || undefined}
                  onChange={(v) => onChange({ ...normalize, steps: normalize.steps.map((s, i) => (i === index ? { ...s, min: num(v) } : s)) })} />
                <Text size="sm">{t('health.normalize.orMore')} →</Text>
                <NumberInput size="xs" aria-label={t('health.normalize.stepPoints', { n: index + 1 })} min={0} max={100} clampBehavior="strict"
                  value={step.points} suffix={t('health.normalize.pointsSuffix')}
                  onChange={(v) => onChange({ ...normalize, steps: normalize.steps.map((s, i) => (i === index ? { ...s, points: num(v) } : s)) })} />
                <ActionIcon variant="subtle" color="gray" size="sm" aria-label={t('health.normalize.removeStep')} disabled={normalize.steps.length <= 1}
                  onClick={() => onChange({ ...normalize, steps: normalize.steps.filter((_, i) => i !== index) })}><IconTrash size={14} /></ActionIcon>
              </Fragment>
            ))}
            <Text size="sm" ta="right" style={{ gridColumn: '1 / 4' }}>{t('health.normalize.below')} →</Text>
            <NumberInput size="xs" aria-label={t('health.normalize.belowPoints')} min={0} max={100} clampBehavior="strict"
              value={normalize.below} suffix={t('health.normalize.pointsSuffix')} onChange={(v) => onChange({ ...normalize, below: num(v) })} />
            <span />
          </Box>
          <Group>
            <Button variant="subtle" size="xs" leftSection={<IconPlus size={12} />} disabled={normalize.steps.length >= 20}
              onClick={() => {
                const last = normalize.steps[normalize.steps.length - 1];
                onChange({ ...normalize, steps: [...normalize.steps, { min: (last?.min ?? 0) + 1, points: 100 }] });
              }}>{t('health.normalize.addStep')}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t('health.normalize.thresholdHint')}</Text>
        </Stack>
      )}
      {normalize.type === 'range' && (
        <Stack gap={4}>
          <Group gap="xs" align="flex-end">
            <NumberInput w={130} size="xs" label={t('health.normalize.low')} value={normalize.low} suffix={unit || undefined}
              onChange={(v) => onChange({ ...normalize, low: num(v) })} />
            <NumberInput w={130} size="xs" label={t('health.normalize.high')} value={normalize.high} suffix={unit || undefined}
              onChange={(v) => onChange({ ...normalize, high: num(v) })} />
            <Switch size="sm" mb={4} label={t('health.normalize.invert')} checked={normalize.invert ?? false}
              onChange={(e) => onChange({ ...normalize, invert: e.currentTarget.checked })} />
          </Group>
          <Text size="xs" c="dimmed">
            {t(normalize.invert ? 'health.normalize.rangeInvertedHint' : 'health.normalize.rangeHint', { low: normalize.low, high: normalize.high })}
          </Text>
        </Stack>
      )}
      {normalize.type === 'percentile' && (
        <Stack gap={4}>
          <Switch size="sm" label={t('health.normalize.invert')} checked={normalize.invert ?? false}
            onChange={(e) => onChange({ ...normalize, invert: e.currentTarget.checked })} />
          <Text size="xs" c="dimmed">{t(normalize.invert ? 'health.normalize.percentileInvertedHint' : 'health.normalize.percentileHint')}</Text>
        </Stack>
      )}
    </Stack>
  );
}
