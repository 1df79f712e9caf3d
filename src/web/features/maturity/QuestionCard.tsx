/** One question: its options from the least to the most mature practice, and the evidence that bears on it. */
import { Radio, Stack, Text } from '@mantine/core';
import type { EvidenceItem } from '../../../domain/maturity/evidence';
import type { Question } from '../../../domain/maturity/types';
import { useLocale } from '../../lib/use-format';
import { EvidenceLine } from './EvidenceLine';

interface Props {
  number: number;
  question: Question;
  value: number | undefined;
  onChange: (option: number) => void;
  evidence: EvidenceItem[];
  error?: string;
}

export function QuestionCard({ number, question, value, onChange, evidence, error }: Props) {
  const locale = useLocale();
  return (
    <Stack gap={6} id={`q-${question.id}`} data-testid={`question-${question.id}`}>
      <Radio.Group value={value === undefined ? null : String(value)} onChange={(v) => onChange(Number(v))} error={error}
        label={<Text component="span" fw={600} size="sm">{number}. {question.text[locale]}</Text>}>
        <Stack gap={6} mt={8}>
          {question.options.map((option, index) => (
            <Radio key={index} value={String(index)} label={option.text[locale]} size="sm" />
          ))}
        </Stack>
      </Radio.Group>
      {evidence.length > 0 && (
        <Stack gap={4} pl="xs" py={6} style={{ borderLeft: '3px solid var(--mantine-color-blue-2)' }}>
          {evidence.map((item) => <EvidenceLine key={item.key} item={item} />)}
        </Stack>
      )}
    </Stack>
  );
}
