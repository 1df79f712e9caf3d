/**
 * Search box that is safe with Japanese input: it never searches while an IME is composing,
 * fires after a short pause once composition ends or typing stops, and Enter (outside
 * composition) searches at once.
 */
import { useEffect, useRef, useState } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isComposingKey } from '../lib/ime';

interface Props {
  value: string;
  onSearch: (query: string) => void;
  placeholder?: string;
  debounceMs?: number;
  'aria-label'?: string;
  w?: number | string;
}

export function ImeSearchInput({ value, onSearch, placeholder, debounceMs = 350, w, ...rest }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [syncedValue, setSyncedValue] = useState(value);
  const [sentByUs, setSentByUs] = useState<string | null>(null);
  const composing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSent = useRef(value);

  // The query changed from outside (filters cleared, Back): show it. Our own searches echo
  // back trimmed and must not overwrite what is being typed. Adjusting state while
  // rendering, as React recommends, instead of an effect that would render twice.
  if (value !== syncedValue) {
    setSyncedValue(value);
    if (value !== sentByUs) setText(value);
  }
  useEffect(() => {
    lastSent.current = value;
  }, [value]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function cancel() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }
  function send(query: string) {
    cancel();
    const trimmed = query.trim();
    if (trimmed === lastSent.current) return;
    lastSent.current = trimmed;
    setSentByUs(trimmed);
    onSearch(trimmed);
  }
  function schedule(query: string) {
    cancel();
    timer.current = setTimeout(() => send(query), debounceMs);
  }

  return (
    <TextInput
      w={w}
      value={text}
      placeholder={placeholder}
      aria-label={rest['aria-label'] ?? placeholder}
      leftSection={<IconSearch size={16} stroke={1.6} />}
      rightSection={text !== '' ? <CloseButton size="sm" aria-label={t('common.clear')} onClick={() => { setText(''); send(''); }} /> : null}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        if (!composing.current) schedule(next);
      }}
      onCompositionStart={() => { composing.current = true; cancel(); }}
      onCompositionEnd={(event) => { composing.current = false; schedule(event.currentTarget.value); }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        if (composing.current || isComposingKey(event)) return;
        event.preventDefault();
        send(event.currentTarget.value);
      }}
    />
  );
}
