/** ja / en switch: applies at once, remembered on this device and on the profile when signed in. */
import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { api, keys } from '../../api/client';
import type { Locale, Me } from '../../api/types';
import { setLocale } from '../../i18n';
import { useLocale } from '../../lib/use-format';

export function LanguageSwitch() {
  const locale = useLocale();
  const queryClient = useQueryClient();

  const change = (value: string) => {
    const next: Locale = value === 'en' ? 'en' : 'ja';
    setLocale(next);
    const me = queryClient.getQueryData<Me>(keys.me);
    if (me) {
      queryClient.setQueryData<Me>(keys.me, { ...me, user: { ...me.user, locale: next } });
      // The profile keeps the choice for other devices; a failure here changes nothing on screen.
      api.updateMe({ locale: next }).catch(() => undefined);
    }
  };

  return (
    <SegmentedControl
      size="xs"
      value={locale}
      onChange={change}
      aria-label="Language / 言語"
      data={[{ value: 'ja', label: '日本語' }, { value: 'en', label: 'English' }]}
      data-testid="language-switch"
    />
  );
}
