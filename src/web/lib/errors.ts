/**
 * Turning an ApiError into words: the code is translated when the UI knows it, else the
 * server's detail is shown; field messages are keyed by path for the form that sent them.
 */
import type { TFunction } from 'i18next';
import { ApiError } from '../api/http';

export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'request.invalid' && error.fields.length > 0) return t('errors.fixFields');
    const key = `errors.codes.${error.code.replace('.', '_')}`;
    return t(key, { defaultValue: error.detail ?? t('errors.generic') });
  }
  return t('errors.generic');
}

/**
 * Field path → message, for `error={fields.name}` on inputs. When the error's code has
 * words in the UI language (e.g. an external id already taken), the field says those;
 * otherwise it shows the server's message for the field.
 */
export function fieldErrors(error: unknown, t?: TFunction): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const known = t && error.code !== 'request.invalid'
    ? t(`errors.codes.${error.code.replace('.', '_')}`, { defaultValue: '' })
    : '';
  const result: Record<string, string> = {};
  for (const field of error.fields) {
    if (!(field.path in result)) result[field.path] = known || field.message;
  }
  return result;
}
