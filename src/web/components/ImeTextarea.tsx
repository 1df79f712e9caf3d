/**
 * Textarea where Ctrl+Enter / ⌘+Enter submits, except while an IME is composing
 * (that Enter confirms the conversion). Plain Enter always makes a new line.
 */
import { Textarea, type TextareaProps } from '@mantine/core';
import { isComposingKey } from '../lib/ime';

interface Props extends Omit<TextareaProps, 'onSubmit'> {
  onSubmit: () => void;
}

export function ImeTextarea({ onSubmit, onKeyDown, ...props }: Props) {
  return (
    <Textarea
      {...props}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isComposingKey(event)) {
          event.preventDefault();
          onSubmit();
        }
      }}
    />
  );
}
