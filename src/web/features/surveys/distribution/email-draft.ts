/**
 * The invitation email editor's logic, pure so it is tested without a browser: the draft per
 * language, the PATCH it saves as, the preview (rendered by the same domain functions the
 * server uses when it queues the mails, domain/surveys/invitation.ts) and what to warn about.
 */
import { templateFields } from '../../../../domain/mail/render-template';
import type { SurveyLanguage } from '../../../../domain/surveys/definition';
import { INVITATION_FIELDS, mailTextFor, renderMail, type InvitationField, type MailText } from '../../../../domain/surveys/invitation';
import type { EmailText } from '../../../api/surveys';

export const EMAIL_LANGUAGES = ['ja', 'en'] as const satisfies readonly SurveyLanguage[];

/** What the editor holds: subject and body per language; an empty string means "use the built-in text". */
export type EmailDraft = Record<SurveyLanguage, MailText>;

export function draftOf(survey: { emailSubject: EmailText; emailBody: EmailText }): EmailDraft {
  return {
    ja: { subject: survey.emailSubject?.ja ?? '', body: survey.emailBody?.ja ?? '' },
    en: { subject: survey.emailSubject?.en ?? '', body: survey.emailBody?.en ?? '' },
  };
}

/** The PATCH /surveys/{id} body: only the languages with their own text; null when none has any. */
export function emailPatch(draft: EmailDraft): { emailSubject: EmailText; emailBody: EmailText } {
  const pick = (part: keyof MailText): EmailText => {
    const texts: Partial<Record<SurveyLanguage, string>> = {};
    for (const lang of EMAIL_LANGUAGES) {
      const text = part === 'subject' ? draft[lang][part].trim() : draft[lang][part];
      if (text.trim() !== '') texts[lang] = text;
    }
    return Object.keys(texts).length > 0 ? texts : null;
  };
  return { emailSubject: pick('subject'), emailBody: pick('body') };
}

export function sameDraft(a: EmailDraft, b: EmailDraft): boolean {
  return JSON.stringify(emailPatch(a)) === JSON.stringify(emailPatch(b));
}

/** The invitation one recipient in `lang` would get with this draft (the built-in text where a part is empty). */
export function previewMail(draft: EmailDraft, lang: SurveyLanguage, fields: Partial<Record<InvitationField, string | null>>): MailText {
  const patch = emailPatch(draft);
  const hasDeadline = Boolean(fields['survey.closesAt']);
  return renderMail(mailTextFor(patch, lang, 'invitation', hasDeadline), fields);
}

/** A body of the survey's own that gives the recipient no way to answer. */
export function lacksLink(body: string): boolean {
  return body.trim() !== '' && !templateFields(body).includes('survey.link');
}

/** Fields Kizuna does not fill in an invitation: they would render empty. */
export function unknownFields(text: MailText): string[] {
  const known: readonly string[] = INVITATION_FIELDS;
  return templateFields(`${text.subject}\n${text.body}`).filter((f) => !known.includes(f));
}

/** `value` with `{{field}}` put at the caret (or replacing the selection), and where the caret goes next. */
export function insertField(value: string, field: string, start: number | null, end: number | null): { value: string; caret: number } {
  const token = `{{${field}}}`;
  const from = start === null ? value.length : Math.min(start, value.length);
  const to = end === null ? from : Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + token + value.slice(to), caret: from + token.length };
}
