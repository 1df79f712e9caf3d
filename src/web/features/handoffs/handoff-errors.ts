/** Words for the handoff's own error codes in the UI language; other errors as the app words them. */
import type { TFunction } from 'i18next';
import { isApiError } from '../../api/http';
import { errorText } from '../../lib/errors';

const OWN = ['handoff.exists', 'handoff.wrong_state', 'handoff.not_found'] as const;

export function handoffErrorText(t: TFunction, error: unknown): string {
  const own = OWN.find((code) => isApiError(error, code));
  return own ? t(`handoffs.errors.${own.slice('handoff.'.length)}`) : errorText(t, error);
}
