/** The account form's values as strings, and the conversion to and from the API's shape. */
import type { SizeBand } from '../../../domain/accounts/fields';
import type { Account, AccountInput, CustomFieldValues } from '../../api/types';

export const ACCOUNT_TEXT_FIELDS = ['name', 'nameReading', 'externalId', 'billingId', 'productId', 'industry', 'useCase', 'plan', 'region'] as const;
type TextField = (typeof ACCOUNT_TEXT_FIELDS)[number];

export type AccountFormValues = Record<TextField, string> & {
  sizeBand: SizeBand | null;
  ownerId: string | null;
  customFields: CustomFieldValues;
};

export function accountFormValues(account?: Account | null): AccountFormValues {
  return {
    name: account?.name ?? '',
    nameReading: account?.nameReading ?? '',
    externalId: account?.externalId ?? '',
    billingId: account?.billingId ?? '',
    productId: account?.productId ?? '',
    industry: account?.industry ?? '',
    useCase: account?.useCase ?? '',
    plan: account?.plan ?? '',
    region: account?.region ?? '',
    sizeBand: account?.sizeBand ?? null,
    ownerId: account?.ownerId ?? null,
    customFields: { ...(account?.customFields ?? {}) },
  };
}

/** Empty text becomes null so clearing a field clears it on the server. */
export function toAccountInput(values: AccountFormValues): AccountInput {
  const text = (key: TextField) => (values[key].trim() === '' ? null : values[key].trim());
  return {
    name: values.name.trim(),
    nameReading: text('nameReading'),
    externalId: text('externalId'),
    billingId: text('billingId'),
    productId: text('productId'),
    industry: text('industry'),
    useCase: text('useCase'),
    plan: text('plan'),
    region: text('region'),
    sizeBand: values.sizeBand,
    ownerId: values.ownerId,
    customFields: values.customFields,
  };
}
