/** The server's English messages for this feature's fields, in the UI language when we know them. */
import type { TFunction } from 'i18next';

const KNOWN: Record<string, string> = {
  'must differ from the baseline': 'targetSameAsBaseline',
  'no such contact on this account': 'noSuchContact',
  'not a member of this workspace': 'notMember',
  'not a numeric custom field of accounts': 'notNumericField',
  'is in the future': 'inFuture',
  'must be after the review': 'afterReview',
  'a bound goal measures itself; leave current out': 'boundCurrent',
};

export function fieldMessage(t: TFunction, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const key = KNOWN[message];
  return key ? t(`successPlan.fieldErrors.${key}`) : message;
}
