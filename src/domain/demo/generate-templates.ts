/**
 * The demo workspace's email templates: the four a CS team writes first — a renewal check-in,
 * a welcome at kick-off, a usage follow-up to the customer, and an internal alert to the CSM
 * when health drops — each in Japanese and English. Ids are fixed (ids are unique per
 * workspace), so demo playbooks can name them: `DEMO_TEMPLATE_IDS.healthDropAlert.ja`.
 */
export interface DemoEmailTemplate {
  id: string;
  key: DemoTemplateKey;
  name: string;
  locale: 'ja' | 'en';
  subject: string;
  body: string;
}

export type DemoTemplateKey = 'renewalCheckIn' | 'welcome' | 'usageFollowUp' | 'healthDropAlert';

const id = (n: number) => `00000000-0000-4000-8000-0000000de${String(n).padStart(3, '0')}`;

export const DEMO_TEMPLATE_IDS: Record<DemoTemplateKey, Record<'ja' | 'en', string>> = {
  renewalCheckIn: { ja: id(1), en: id(2) },
  welcome: { ja: id(3), en: id(4) },
  usageFollowUp: { ja: id(5), en: id(6) },
  healthDropAlert: { ja: id(7), en: id(8) },
};

type Text = Omit<DemoEmailTemplate, 'id' | 'key' | 'locale'>;

const TEXTS: Record<DemoTemplateKey, Record<'ja' | 'en', Text>> = {
  renewalCheckIn: {
    ja: {
      name: '契約更新前のご挨拶',
      subject: '【{{workspace.name}}】ご契約更新（{{account.renewalDate}}）に向けたお打ち合わせのお願い',
      body: '{{account.name}}\n{{contact.name}} 様\n\nいつも大変お世話になっております。{{workspace.name}}の{{owner.name}}です。\n\n'
        + '{{account.renewalDate}}にご契約の更新日を迎えるにあたり、これまでのご活用状況の振り返りと、'
        + '今後の目標についてお打ち合わせの機会をいただけますでしょうか。\n\n'
        + '30分ほどで、成果の確認と次の一年のご提案をお持ちいたします。ご都合のよい日時を2〜3候補お知らせいただけますと幸いです。\n\n'
        + '引き続きよろしくお願いいたします。\n\n{{owner.name}}\n{{owner.email}}',
    },
    en: {
      name: 'Renewal check-in',
      subject: 'Planning your renewal on {{account.renewalDate}}',
      body: 'Hi {{contact.name}},\n\nYour {{workspace.name}} subscription renews on {{account.renewalDate}}. '
        + 'Could we find 30 minutes to look back at what your team achieved and agree on goals for the coming year?\n\n'
        + 'Please reply with two or three times that suit you.\n\nBest regards,\n{{owner.name}}\n{{owner.email}}',
    },
  },
  welcome: {
    ja: {
      name: 'ご導入のご挨拶（キックオフ）',
      subject: '【{{workspace.name}}】ご導入ありがとうございます — キックオフのご案内',
      body: '{{account.name}}\n{{contact.name}} 様\n\nこのたびはご導入いただき、誠にありがとうございます。'
        + '今後のご支援を担当いたします{{owner.name}}と申します。\n\n'
        + 'まずはキックオフとして、導入の目的・成功の指標・社内のご体制を確認させてください。'
        + '導入初期の90日間で確実に成果につなげるための進め方をご提案いたします。\n\n'
        + 'どうぞよろしくお願いいたします。\n\n{{owner.name}}\n{{owner.email}}',
    },
    en: {
      name: 'Welcome and kick-off',
      subject: 'Welcome to {{workspace.name}} — let\'s plan your kick-off',
      body: 'Hi {{contact.name}},\n\nThank you for choosing {{workspace.name}}. I am {{owner.name}} and I will support {{account.name}} from here on.\n\n'
        + 'In our kick-off we will confirm your goals, how you will measure success and who is involved, '
        + 'and agree on a plan for your first 90 days.\n\nLooking forward to working with you,\n{{owner.name}}',
    },
  },
  usageFollowUp: {
    ja: {
      name: 'ご利用状況のフォローアップ',
      subject: '【{{workspace.name}}】ご利用状況についてのご相談',
      body: '{{account.name}}\n{{contact.name}} 様\n\nいつもお世話になっております。{{owner.name}}です。\n\n'
        + '最近のご利用状況を拝見し、お困りごとがないかご連絡いたしました。'
        + '操作方法のご質問や、新しく利用を始める部署向けの説明会など、お気軽にお申し付けください。\n\n'
        + '15分ほどのオンライン面談も可能です。\n\n{{owner.name}}\n{{owner.email}}',
    },
    en: {
      name: 'Usage follow-up',
      subject: 'How is {{account.name}} getting on with {{workspace.name}}?',
      body: 'Hi {{contact.name}},\n\nI noticed usage has changed recently and wanted to check whether anything is getting in your way. '
        + 'I am happy to run a short session for new teams or answer any questions.\n\nBest,\n{{owner.name}}',
    },
  },
  healthDropAlert: {
    ja: {
      name: '【社内】ヘルス低下のお知らせ',
      subject: '【要対応】{{account.name}}のヘルスが{{account.healthBand}}になりました（{{account.healthScore}}点）',
      body: '{{owner.name}}さん\n\n担当の{{account.name}}のヘルススコアが{{account.healthScore}}点（{{account.healthBand}}）に下がりました。\n\n'
        + 'ARR: {{account.arr}}\n更新日: {{account.renewalDate}}\nフェーズ: {{account.phase}}\n\n'
        + 'Kizuna の顧客ページでスコアの内訳を確認し、今週中に{{contact.name}}様へご連絡をお願いします。',
    },
    en: {
      name: '[Internal] Health dropped',
      subject: 'Action needed: {{account.name}} is now {{account.healthBand}} ({{account.healthScore}})',
      body: 'Hi {{owner.name}},\n\nThe health score of {{account.name}} fell to {{account.healthScore}} ({{account.healthBand}}).\n\n'
        + 'ARR: {{account.arr}}\nRenewal: {{account.renewalDate}}\nPhase: {{account.phase}}\n\n'
        + 'Please review the score breakdown in Kizuna and reach out to {{contact.name}} this week.',
    },
  },
};

export function generateTemplates(): DemoEmailTemplate[] {
  return (Object.keys(TEXTS) as DemoTemplateKey[]).flatMap((key) => (['ja', 'en'] as const).map((locale) => ({
    id: DEMO_TEMPLATE_IDS[key][locale], key, locale, ...TEXTS[key][locale],
  })));
}
