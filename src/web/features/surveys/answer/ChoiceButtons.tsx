/**
 * A row or column of big, thumb-sized buttons acting as one radio group: the answer page's input
 * for scales, yes/no and expectations. Tapping the chosen button again clears the answer.
 */
import { Button, SimpleGrid, Stack } from '@mantine/core';
import type { AnswerValue } from '../../../../domain/surveys/definition';

export interface ChoiceItem<T extends AnswerValue> {
  value: T;
  label: string;
  /** a second line or trailing words, e.g. the words of a scale point */
  detail?: string;
}

interface Props<T extends AnswerValue> {
  items: ReadonlyArray<ChoiceItem<T>>;
  value: AnswerValue | undefined;
  onChange: (value: T | undefined) => void;
  labelledBy: string;
  testId: string;
  /** grid: equal columns side by side; list: one full-width button a line */
  layout: { kind: 'grid'; cols: number } | { kind: 'list' };
  disabled?: boolean;
  invalid?: boolean;
}

export function ChoiceButtons<T extends AnswerValue>({ items, value, onChange, labelledBy, testId, layout, disabled, invalid }: Props<T>) {
  const buttons = items.map((item) => {
    const chosen = value === item.value;
    return (
      <Button
        key={String(item.value)}
        role="radio"
        aria-checked={chosen}
        data-testid={`${testId}-${String(item.value)}`}
        variant={chosen ? 'filled' : 'default'}
        color={invalid && !chosen ? 'red' : undefined}
        disabled={disabled}
        h={layout.kind === 'grid' ? 44 : 'auto'}
        mih={44}
        px={layout.kind === 'grid' ? 0 : 'md'}
        py={layout.kind === 'grid' ? 0 : 8}
        fullWidth
        justify={layout.kind === 'list' ? 'flex-start' : 'center'}
        styles={{ label: { whiteSpace: 'normal', textAlign: layout.kind === 'list' ? 'left' : 'center', lineHeight: 1.35 } }}
        onClick={() => onChange(chosen ? undefined : item.value)}
      >
        {item.detail ? <span><strong>{item.label}</strong>{'\u2002'}{item.detail}</span> : item.label}
      </Button>
    );
  });
  return layout.kind === 'grid'
    ? <SimpleGrid role="radiogroup" aria-labelledby={labelledBy} cols={layout.cols} spacing={4} verticalSpacing={4}>{buttons}</SimpleGrid>
    : <Stack role="radiogroup" aria-labelledby={labelledBy} gap={6}>{buttons}</Stack>;
}
