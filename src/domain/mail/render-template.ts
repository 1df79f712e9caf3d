/**
 * Email templates with `{{field}}` placeholders, e.g. `{{account.name}}様` or `{{ owner.name }}`.
 * Rendering is plain text: a known field renders its value, an unknown or empty one renders
 * nothing (never the raw braces in a customer's inbox). `templateFields` lists the fields a
 * text uses so the editor can warn about ones Kizuna does not fill.
 */

/** `{{ name }}`: letters, digits, `_`, `-` and dots; spaces inside the braces are allowed. */
const FIELD = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;

export type TemplateFieldValues = Record<string, string | number | null>;

export function renderTemplate(text: string, fields: TemplateFieldValues): string {
  return text.replace(FIELD, (_match, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : null;
    return value === null || value === undefined ? '' : String(value);
  });
}

/** The distinct field names a text uses, in order of first appearance. */
export function templateFields(text: string): string[] {
  const seen = new Set<string>();
  for (const match of text.matchAll(FIELD)) seen.add(match[1]!);
  return [...seen];
}
