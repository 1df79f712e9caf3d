import { describe, expect, it } from 'vitest';
import { builtInMailText } from '../../../../domain/surveys/invitation';
import { draftOf, emailPatch, insertField, lacksLink, previewMail, sameDraft, unknownFields } from './email-draft';

const FIELDS = {
  'contact.name': '山田 花子', 'account.name': '青葉システム株式会社', 'survey.name': '満足度調査', 'survey.link': 'https://kizuna.example/s/abc',
  'survey.closesAt': '2026年4月1日', 'owner.name': '佐藤', 'workspace.name': 'Kizuna',
};

describe('email draft', () => {
  it('reads the saved texts and saves only the languages that have their own', () => {
    const draft = draftOf({ emailSubject: { ja: '件名' }, emailBody: null });
    expect(draft).toEqual({ ja: { subject: '件名', body: '' }, en: { subject: '', body: '' } });
    expect(emailPatch(draft)).toEqual({ emailSubject: { ja: '件名' }, emailBody: null });
    expect(emailPatch({ ja: { subject: '  ', body: '\n' }, en: { subject: ' Hi ', body: 'Body\n' } }))
      .toEqual({ emailSubject: { en: 'Hi' }, emailBody: { en: 'Body\n' } });
    expect(sameDraft(draft, { ...draft, ja: { subject: '件名 ', body: '' } })).toBe(true);
    expect(sameDraft(draft, { ...draft, ja: { subject: '件名2', body: '' } })).toBe(false);
  });

  it('previews the built-in text, rendered, where a part is left empty', () => {
    const empty = draftOf({ emailSubject: null, emailBody: null });
    const mail = previewMail(empty, 'ja', FIELDS);
    expect(mail.subject).toBe('「満足度調査」ご協力のお願い');
    expect(mail.body).toContain('青葉システム株式会社\n山田 花子様');
    expect(mail.body).toContain('https://kizuna.example/s/abc');
    expect(mail.body).toContain('回答期限：2026年4月1日');
    // Without a close date the built-in text has no deadline line.
    expect(previewMail(empty, 'ja', { ...FIELDS, 'survey.closesAt': null }).body).not.toContain('回答期限');
    expect(builtInMailText('ja', 'invitation', true).subject).toBe('「{{survey.name}}」ご協力のお願い');
  });

  it("previews the survey's own text with the fields filled in, per language", () => {
    const draft = { ja: { subject: '{{account.name}}様 アンケートのお願い', body: '{{contact.name}}様\n{{survey.link}}' }, en: { subject: '', body: '' } };
    expect(previewMail(draft, 'ja', FIELDS)).toEqual({ subject: '青葉システム株式会社様 アンケートのお願い', body: '山田 花子様\nhttps://kizuna.example/s/abc' });
    expect(previewMail(draft, 'en', FIELDS).subject).toBe('満足度調査: we would value your feedback');
  });

  it('warns about a body without the answer link and about fields Kizuna does not fill', () => {
    expect(lacksLink('')).toBe(false);
    expect(lacksLink('ご回答はこちら')).toBe(true);
    expect(lacksLink('ご回答はこちら {{ survey.link }}')).toBe(false);
    expect(unknownFields({ subject: '{{survey.name}}', body: '{{contact.email}} {{survey.link}}' })).toEqual(['contact.email']);
  });

  it('inserts a field at the caret, replacing a selection', () => {
    expect(insertField('ご担当者様', 'contact.name', 0, 0)).toEqual({ value: '{{contact.name}}ご担当者様', caret: 16 });
    expect(insertField('ご担当者様', 'contact.name', 0, 4)).toEqual({ value: '{{contact.name}}様', caret: 16 });
    expect(insertField('abc', 'survey.link', null, null)).toEqual({ value: 'abc{{survey.link}}', caret: 18 });
  });
});
