/**
 * A <form> whose implicit submission (Enter in a text field) is ignored while an IME is
 * composing, so confirming a kana-to-kanji conversion never submits.
 */
import { useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { isComposingKey } from '../lib/ime';

interface Props {
  onSubmit: () => void;
  children: ReactNode;
  id?: string;
  'aria-label'?: string;
}

export function ImeSafeForm({ onSubmit, children, ...rest }: Props) {
  const composing = useRef(false);
  const onKeyDownCapture = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || (event.target as HTMLElement).tagName === 'TEXTAREA') return;
    if (composing.current || isComposingKey(event)) event.preventDefault();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!composing.current) onSubmit();
  };
  return (
    <form
      {...rest}
      noValidate
      onSubmit={submit}
      onKeyDownCapture={onKeyDownCapture}
      onCompositionStartCapture={() => { composing.current = true; }}
      onCompositionEndCapture={() => { composing.current = false; }}
    >
      {children}
    </form>
  );
}
