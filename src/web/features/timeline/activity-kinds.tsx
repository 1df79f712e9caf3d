/** Icon and colour of each timeline entry kind. */
import { IconMail, IconNote, IconPhone, IconSettings, IconUsers } from '@tabler/icons-react';
import type { ActivityKind } from '../../../domain/accounts/fields';

export const KIND_ICON = {
  note: IconNote, meeting: IconUsers, call: IconPhone, email: IconMail, system: IconSettings,
} satisfies Record<ActivityKind, typeof IconNote>;

export const KIND_COLOR: Record<ActivityKind, string> = {
  note: 'yellow', meeting: 'ai', call: 'teal', email: 'violet', system: 'gray',
};
