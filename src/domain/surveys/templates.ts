/**
 * Ready-made surveys. The CX survey is the yearly satisfaction survey behind the CX tree
 * (SPEC §3.8): satisfaction, continuation intent and NPS for everyone, then "had trouble?" →
 * "consulted us?" → "how was our response against your expectations?", with free text for
 * the trouble and for requests. The NPS pulse is the short quarterly check. Question ids are
 * a shared contract (docs/HELPER-BRIEF.md): the demo, the analysis and the tests read them.
 */
import type { LocalText, SurveyDefinition, SurveyQuestion } from './definition.js';

export type SurveyKind = 'cx' | 'nps' | 'custom';
export const TEMPLATE_KEYS = ['cx', 'nps'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface SurveyTemplate {
  key: TemplateKey;
  kind: SurveyKind;
  /** surveys of one series are compared year over year (定点観測) */
  series: string | null;
  name: LocalText;
  description: LocalText;
  definition: SurveyDefinition;
}

const text = (ja: string, en: string): LocalText => ({ ja, en });
const q = (id: string, type: SurveyQuestion['type'], t: LocalText, extra: Partial<SurveyQuestion> = {}): SurveyQuestion =>
  ({ id, type, text: t, required: false, ...extra });

export function cxSurveyTemplate(): SurveyTemplate {
  return {
    key: 'cx',
    kind: 'cx',
    series: 'cx-annual',
    name: text('年次 顧客満足度調査', 'Annual customer satisfaction survey'),
    description: text(
      '満足度・継続意向・NPS に加え、「トラブルの有無 → 相談の有無 → 対応への評価」を尋ねます。CX ツリー分析と解約リスクの試算にそのまま使えます。',
      'Satisfaction, continuation intent and NPS, plus "had trouble? → consulted us? → how was our response?". Ready for the CX tree and the churn-risk simulation.',
    ),
    definition: {
      intro: text(
        'いつも弊社サービスをご利用いただき、誠にありがとうございます。今後のサービス向上のため、アンケートへのご協力をお願いいたします（所要時間：約3分）。',
        'Thank you for using our service. Please help us improve it by answering this short survey (about 3 minutes).',
      ),
      thanks: text(
        'ご回答いただき、誠にありがとうございました。いただいたご意見は、今後のサービス改善に活用させていただきます。',
        'Thank you for your answers. We will use your feedback to improve our service.',
      ),
      questions: [
        q('satisfaction', 'csat', text('弊社サービスの総合的な満足度をお聞かせください。', 'Overall, how satisfied are you with our service?'), { required: true }),
        q('continuation', 'continuation', text('今後も弊社サービスを継続してご利用いただけますか？', 'How likely are you to keep using our service?'), { required: true }),
        q('nps', 'nps', text('弊社サービスを友人や同僚に薦める可能性は、どのくらいありますか？', 'How likely are you to recommend our service to a friend or colleague?'), { required: true }),
        q('trouble', 'yes_no', text('この1年間で、製品の利用中に問題やトラブルはありましたか？', 'In the past year, did you run into any problems or trouble while using the product?'), { required: true }),
        q('trouble_detail', 'text', text('差し支えなければ、どのような問題やトラブルだったかお聞かせください。', 'If you don\'t mind, tell us what the problem or trouble was.'),
          { showIf: { question: 'trouble', op: 'equals', value: true } }),
        q('consulted', 'yes_no', text('その問題やトラブルについて、弊社（サポート窓口・担当者）にご相談いただきましたか？', 'Did you contact us (support or your account team) about it?'),
          { required: true, showIf: { question: 'trouble', op: 'equals', value: true } }),
        q('handling', 'expectation', text('弊社の対応は、ご期待と比べていかがでしたか？', 'How did our response compare with what you expected?'),
          { required: true, showIf: { question: 'consulted', op: 'equals', value: true } }),
        q('request', 'text', text('弊社サービスへのご要望やご意見がございましたら、ご自由にお書きください。', 'Do you have any requests or ideas for our service? Tell us freely.')),
      ],
      roles: { nps: 'nps', csat: 'satisfaction', continuation: 'continuation', trouble: 'trouble', consulted: 'consulted', handling: 'handling' },
    },
  };
}

export function npsPulseTemplate(): SurveyTemplate {
  return {
    key: 'nps',
    kind: 'nps',
    series: null,
    name: text('NPS パルスサーベイ', 'NPS pulse survey'),
    description: text(
      '推奨度（0〜10）とその理由の2問だけの短いアンケートです。四半期ごとなど、定期的な確認に向いています。',
      'Two questions only — likelihood to recommend (0–10) and why. Good for a regular, e.g. quarterly, check.',
    ),
    definition: {
      questions: [
        q('nps', 'nps', text('弊社サービスを友人や同僚に薦める可能性は、どのくらいありますか？', 'How likely are you to recommend our service to a friend or colleague?'), { required: true }),
        q('nps_reason', 'text', text('そのように評価された理由をお聞かせください。', 'What is the main reason for your score?')),
      ],
      roles: { nps: 'nps' },
    },
  };
}

export function surveyTemplates(): SurveyTemplate[] {
  return [cxSurveyTemplate(), npsPulseTemplate()];
}

export function templateOf(key: TemplateKey): SurveyTemplate {
  return key === 'cx' ? cxSurveyTemplate() : npsPulseTemplate();
}

/** A blank survey: one NPS question, ready to edit (a definition needs at least one question). */
export function blankDefinition(): SurveyDefinition {
  return {
    questions: [q('q1', 'nps', text('弊社サービスを友人や同僚に薦める可能性は、どのくらいありますか？', 'How likely are you to recommend our service to a friend or colleague?'), { required: true })],
    roles: {},
  };
}
