/**
 * The fields Kizuna fills when it renders an email template for an account: the account
 * itself, its main contact (the decision maker, else the first contact with an email), its
 * owner (the CSM) and the workspace. Anything else in `{{…}}` renders empty, and the editor
 * warns about it. Labels for the editor live in the web app's i18n (`delivery.fields.*`).
 */
import { templateFields } from './render-template.js';

export const KNOWN_TEMPLATE_FIELDS = [
  'account.name',
  'account.arr',
  'account.mrr',
  'account.renewalDate',
  'account.healthScore',
  'account.healthBand',
  'account.phase',
  'account.tier',
  'contact.name',
  'contact.email',
  'contact.title',
  'owner.name',
  'owner.email',
  'workspace.name',
  // filled when a playbook sends the mail (empty in a test send or preview)
  'playbook.name',
  'trigger.reason',
] as const;

export type KnownTemplateField = (typeof KNOWN_TEMPLATE_FIELDS)[number];

const known = new Set<string>(KNOWN_TEMPLATE_FIELDS);

/** Fields a text uses that Kizuna does not fill (they would render empty). */
export function unknownTemplateFields(text: string): string[] {
  return templateFields(text).filter((name) => !known.has(name));
}
