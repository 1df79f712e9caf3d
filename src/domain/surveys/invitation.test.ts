import { describe, expect, it } from 'vitest';
import { templateFields } from '../mail/render-template.js';
import { INVITATION_FIELDS, builtInMailText, formatCloseDate, mailTextFor, renderMail, surveyLink } from './invitation.js';

const FIELDS = {
  'contact.name': '山田 花子', 'account.name': '桜井商事株式会社', 'survey.name': '2026年度 お客様満足度調査',
  'survey.link': 'https://cs.example.jp/s/kzs_abc', 'survey.closesAt': '2026年4月30日', 'owner.name': '佐藤', 'workspace.name': 'ベンダー株式会社',
};

describe('built-in invitation texts', () => {
  it('use only the fields Kizuna fills for an invitation, in both languages and both kinds', () => {
    for (const language of ['ja', 'en'] as const) {
      for (const kind of ['invitation', 'reminder'] as const) {
        const text = builtInMailText(language, kind, true);
        const used = [...templateFields(text.subject), ...templateFields(text.body)];
        expect(used.filter((f) => !(INVITATION_FIELDS as readonly string[]).includes(f))).toEqual([]);
        expect(text.body).toContain('{{survey.link}}');
      }
    }
  });

  it('renders the Japanese invitation with the personal link and the deadline', () => {
    const mail = renderMail(builtInMailText('ja', 'invitation', true), FIELDS);
    expect(mail.subject).toBe('「2026年度 お客様満足度調査」ご協力のお願い');
    expect(mail.body.split('\n').slice(0, 3)).toEqual(['桜井商事株式会社', '山田 花子様', '']);
    expect(mail.body).toContain('▼ご回答はこちらから\nhttps://cs.example.jp/s/kzs_abc\n\n回答期限：2026年4月30日');
    expect(mail.body.endsWith('ベンダー株式会社')).toBe(true);
  });

  it('leaves the deadline line out when the survey has no close date', () => {
    const { body } = builtInMailText('ja', 'invitation', false);
    expect(body).not.toContain('回答期限');
    expect(builtInMailText('en', 'invitation', false).body).not.toContain('Please answer by');
  });

  it('marks a reminder in the subject and says why it came again', () => {
    const ja = renderMail(builtInMailText('ja', 'reminder', false), FIELDS);
    expect(ja.subject).toBe('【リマインド】「2026年度 お客様満足度調査」ご協力のお願い');
    expect(ja.body).toContain('まだご回答を確認できておりませんでしたので');
    const en = renderMail(builtInMailText('en', 'reminder', true), { ...FIELDS, 'survey.name': 'Customer survey 2026', 'survey.closesAt': 'April 30, 2026' });
    expect(en.subject).toBe('Reminder: Customer survey 2026: we would value your feedback');
    expect(en.body).toContain('Please answer by April 30, 2026.');
  });
});

describe('mailTextFor', () => {
  const own = { emailSubject: { ja: '{{account.name}}様 アンケートのお願い', en: '' }, emailBody: { ja: '{{contact.name}}様\n{{survey.link}}' } };

  it("uses the survey's own text where the language has it, else the built-in one", () => {
    expect(mailTextFor(own, 'ja', 'invitation', false)).toEqual({ subject: '{{account.name}}様 アンケートのお願い', body: '{{contact.name}}様\n{{survey.link}}' });
    expect(mailTextFor(own, 'en', 'invitation', false)).toEqual(builtInMailText('en', 'invitation', false));
    expect(mailTextFor({ emailSubject: null, emailBody: null }, 'ja', 'reminder', true)).toEqual(builtInMailText('ja', 'reminder', true));
  });

  it("keeps the survey's own text in a reminder, marked as one", () => {
    const text = mailTextFor(own, 'ja', 'reminder', false);
    expect(text.subject).toBe('【リマインド】{{account.name}}様 アンケートのお願い');
    expect(text.body.split('\n\n')[1]).toBe('{{contact.name}}様\n{{survey.link}}');
    expect(text.body.startsWith('※先日ご案内したアンケートの再送です。')).toBe(true);
  });
});

describe('renderMail', () => {
  it('keeps the subject on one line even when a value carries a line break', () => {
    expect(renderMail({ subject: '{{account.name}}様', body: '' }, { 'account.name': '桜井商事\n株式会社' }).subject).toBe('桜井商事 株式会社様');
  });
});

describe('formatCloseDate', () => {
  it('shows the day in Japan time: 2026-03-31T15:30Z is already April 1 in Tokyo (UTC+9)', () => {
    const at = new Date('2026-03-31T15:30:00Z');
    expect(formatCloseDate(at, 'ja')).toBe('2026年4月1日');
    expect(formatCloseDate(at, 'en')).toBe('April 1, 2026');
  });
});

describe('surveyLink', () => {
  it('joins the base URL and the token without a double slash', () => {
    expect(surveyLink('https://cs.example.jp/', 'kzs_1_a-b')).toBe('https://cs.example.jp/s/kzs_1_a-b');
    expect(surveyLink('http://localhost:3000', 'kzs_x')).toBe('http://localhost:3000/s/kzs_x');
  });
});
