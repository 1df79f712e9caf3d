/** The red and green thresholds, with the bands drawn on a 0–100 bar as they are typed. */
import { Group, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bands } from '../../../../domain/health/scorecard';
import { BandsBar } from './BandsBar';
import type { DraftProblem } from './draft-problems';
import { ProblemList } from './ProblemList';

interface Props {
  bands: Bands;
  problems: readonly DraftProblem[];
  onChange: (bands: Bands) => void;
}

export function BandsEditor({ bands, problems, onChange }: Props) {
  const { t } = useTranslation();
  const num = (v: string | number) => (typeof v === 'number' ? v : 0);
  return (
    <Stack gap="sm" data-testid="bands-editor">
      <Group gap="md" align="flex-start">
        <NumberInput w={190} label={t('health.editor.redBelow')} min={0} max={100} clampBehavior="strict" allowDecimal={false}
          value={bands.red} onChange={(v) => onChange({ ...bands, red: num(v) })} />
        <NumberInput w={190} label={t('health.editor.greenFrom')} min={0} max={100} clampBehavior="strict" allowDecimal={false}
          value={bands.green} onChange={(v) => onChange({ ...bands, green: num(v) })} />
      </Group>
      <BandsBar bands={bands} size="lg" />
      <Text size="xs" c="dimmed">{t('health.editor.bandsExplained', { red: bands.red, green: bands.green })}</Text>
      <ProblemList problems={problems.filter((p) => p.path === 'bands')} />
    </Stack>
  );
}
