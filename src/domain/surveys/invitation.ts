/**
 * The survey invitation and reminder emails (SPEC §3.8, issue 6 item 2): a survey's own ja/en
 * subject and body, or Kizuna's built-in ones, rendered per recipient with the `{{…}}` fields
 * below. Pure: the server fills the fields (one personal link each) and queues the mail; the web
 * app shows the built-in text as the editor's starting point.
 */
import { renderTemplate, type TemplateFieldValues } from '../mail/render-template.js';
import type { SurveyLanguage } from './definition.js';

/** The fields an invitation may use; anything else renders empty (domain/mail/render-template.ts). */
export const INVITATION_FIELDS = [
  'contact.name', 'account.name', 'survey.name', 'survey.link', 'survey.closesAt', 'owner.name', 'workspace.name',
] as const;
export type InvitationField = (typeof INVITATION_FIELDS)[number];

export type MailKind = 'invitation' | 'reminder';

export interface MailText {
  subject: string;
  body: string;
}

/** A survey's own texts; a language left empty falls back to the built-in text of that language. */
export interface SurveyMailTexts {
  emailSubject: Partial<Record<SurveyLanguage, string>> | null;
  emailBody: Partial<Record<SurveyLanguage, string>> | null;
}

const DEADLINE: Record<SurveyLanguage, string> = {
  ja: '回答期限：{{survey.closesAt}}',
  en: 'Please answer by {{survey.closesAt}}.',
};

/** Put before a survey's own body in a reminder, so the recipient sees at once why the mail came again. */
const REMINDER_NOTE: Record<SurveyLanguage, string> = {
  ja: '※先日ご案内したアンケートの再送です。行き違いでご回答済みの場合はご容赦ください。',
  en: 'This is a reminder of the survey we sent you recently. If you have already answered, please disregard it.',
};

const REMINDER_PREFIX: Record<SurveyLanguage, string> = { ja: '【リマインド】', en: 'Reminder: ' };

function builtInBody(language: SurveyLanguage, kind: MailKind, hasDeadline: boolean): string {
  const deadline = hasDeadline ? ['', DEADLINE[language]] : [];
  if (language === 'ja') {
    const opening = kind === 'invitation'
      ? ['サービス向上のため、「{{survey.name}}」へのご協力をお願いいたします。', '所要時間は数分程度です。']
      : ['先日ご案内いたしました「{{survey.name}}」について、まだご回答を確認できておりませんでしたので、再度ご連絡いたしました。',
        '行き違いでご回答済みの場合は、ご容赦ください。'];
    return [
      '{{account.name}}', '{{contact.name}}様', '',
      'いつも大変お世話になっております。', ...opening, '',
      '▼ご回答はこちらから', '{{survey.link}}', ...deadline, '',
      '回答内容は締め切りまで何度でも修正いただけます。',
      'このリンクは{{contact.name}}様専用のものです。転送はお控えください。', '',
      'ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。', '', '{{workspace.name}}',
    ].join('\n');
  }
  const opening = kind === 'invitation'
    ? ['Thank you for working with us. To help us serve you better, would you take a few minutes to answer "{{survey.name}}"?']
    : ['A little while ago we asked for your thoughts in "{{survey.name}}", and we have not heard from you yet.',
      'If you have already answered, please disregard this message.'];
  return [
    'Dear {{contact.name}},', '', ...opening, '',
    'Answer here:', '{{survey.link}}', ...deadline, '',
    'You can change your answers until the survey closes. This link is personal to you; please do not forward it.', '',
    'Best regards,', '{{workspace.name}}',
  ].join('\n');
}

function builtInSubject(language: SurveyLanguage, kind: MailKind): string {
  const subject = language === 'ja' ? '「{{survey.name}}」ご協力のお願い' : '{{survey.name}}: we would value your feedback';
  return kind === 'reminder' ? REMINDER_PREFIX[language] + subject : subject;
}

/** Kizuna's own invitation or reminder text, before rendering. */
export function builtInMailText(language: SurveyLanguage, kind: MailKind, hasDeadline: boolean): MailText {
  return { subject: builtInSubject(language, kind), body: builtInBody(language, kind, hasDeadline) };
}

const own = (texts: Partial<Record<SurveyLanguage, string>> | null, language: SurveyLanguage): string | null => {
  const text = texts?.[language]?.trim();
  return text ? text : null;
};

/**
 * The text to render for one recipient: the survey's own subject and body in the recipient's
 * language where it has them, else the built-in ones. A reminder of the survey's own text keeps
 * it, with a reminder mark on the subject and a one-line note above the body.
 */
export function mailTextFor(survey: SurveyMailTexts, language: SurveyLanguage, kind: MailKind, hasDeadline: boolean): MailText {
  const builtIn = builtInMailText(language, kind, hasDeadline);
  const subject = own(survey.emailSubject, language);
  const body = own(survey.emailBody, language);
  return {
    subject: subject === null ? builtIn.subject : kind === 'reminder' ? REMINDER_PREFIX[language] + subject : subject,
    body: body === null ? builtIn.body : kind === 'reminder' ? `${REMINDER_NOTE[language]}\n\n${body}` : body,
  };
}

/** Subject and body with the recipient's fields filled in (unknown fields render empty). */
export function renderMail(text: MailText, fields: Partial<Record<InvitationField, string | null>>): MailText {
  const values: TemplateFieldValues = { ...fields };
  // A subject is one line: a field value with a line break must not split it into a header fold.
  return { subject: renderTemplate(text.subject, values).replace(/\s*[\r\n]+\s*/g, ' ').trim(), body: renderTemplate(text.body, values) };
}

/**
 * The close date as a recipient reads it. Dates are shown in Japan time (Asia/Tokyo): Kizuna's
 * workspaces have no time zone of their own, and a survey closing at 23:59 JST must not read as
 * the previous or next day. Japanese as 2026年4月1日, English as April 1, 2026.
 */
export function formatCloseDate(at: Date, language: SurveyLanguage): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  if (language === 'ja') return `${part('year')}年${part('month')}月${part('day')}日`;
  return new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' }).format(at);
}

/** The public answer page of a token, under the server's public base URL (no trailing slash needed). */
export function surveyLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/s/${encodeURIComponent(token)}`;
}
