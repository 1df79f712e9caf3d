/**
 * A field problem from the server in the user's language. The server sends Zod's check (`code`)
 * and its limits (`params`) beside an English message; the checks the forms can fail get words
 * here, anything else (the server's own refinements) keeps the server's message.
 */
import type { TFunction } from 'i18next';

export interface FieldIssueLike {
  message: string;
  code?: string;
  params?: Record<string, string | number | boolean>;
}

const FORMATS = new Set(['email', 'url', 'uuid', 'date', 'datetime', 'time']);

/** The translation key and its values for a check, or null when there are no words for it. */
export function fieldIssueKey(issue: FieldIssueLike): { key: string; values: Record<string, string | number | boolean> } | null {
  const p = issue.params ?? {};
  const sized = (limit: 'minimum' | 'maximum') => {
    const origin = p.origin === 'string' || p.origin === 'array' ? p.origin : p.origin === 'number' || p.origin === 'int' ? 'number' : null;
    if (!origin || typeof p[limit] !== 'number') return null;
    if (origin === 'string' && limit === 'minimum' && p.minimum === 1) return { key: 'required', values: {} };
    const exclusive = origin === 'number' && p.inclusive === false ? 'Exclusive' : '';
    return { key: `${issue.code}.${origin}${exclusive}`, values: { [limit]: p[limit] } };
  };
  switch (issue.code) {
    case 'too_small': return sized('minimum');
    case 'too_big': return sized('maximum');
    case 'invalid_type':
      if (p.missing === true) return { key: 'required', values: {} };
      return { key: p.expected === 'int' ? 'invalid_type.int' : p.expected === 'number' ? 'invalid_type.number' : 'invalid_type.other', values: {} };
    case 'invalid_format':
      return { key: `invalid_format.${typeof p.format === 'string' && FORMATS.has(p.format) ? p.format : 'other'}`, values: {} };
    case 'invalid_value': return { key: 'invalid_value', values: {} };
    case 'not_multiple_of': return typeof p.divisor === 'number' ? { key: 'not_multiple_of', values: { divisor: p.divisor } } : null;
    case 'unrecognized_keys': return { key: 'unrecognized_keys', values: { keys: String(p.keys ?? '') } };
    default: return null;
  }
}

export function fieldIssueText(t: TFunction, issue: FieldIssueLike): string {
  const found = fieldIssueKey(issue);
  if (!found) return issue.message;
  const key = `errors.field.${found.key}`;
  const text = t(key, { ...found.values, defaultValue: '' });
  return text && text !== key ? text : issue.message;
}
