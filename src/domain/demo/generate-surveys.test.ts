import { beforeAll, describe, expect, it } from 'vitest';
import { CX_LEAVES, type CxLeaf } from '../surveys/definition.js';
import { extractScores, validateAnswers } from '../surveys/answers.js';
import { churnMapping } from '../surveys/churn-risk.js';
import { testCxHypotheses } from '../surveys/cx-hypotheses.js';
import { HIGH_TOUCH_MIN_ARR } from '../tiers/default-tiers.js';
import { addDays, daysBetween } from './calendar.js';
import { customerLife } from './customer-spans.js';
import type { DemoWorkspace } from './demo-types.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { type DemoSurveyResponse, type DemoSurveys, generateSurveys, payingOn } from './generate-surveys.js';
import { VOC_TOPICS } from './voc-texts.js';

// Targets from issue 6 ("Demo data") and the helper brief (S7): two yearly CX runs (last year's
// closed, this year's closed recently), 1–3 contacts per account, response rate ~45–65% and higher
// at healthier accounts, answers following true health so the tree shows the source's effect
// (above-expectation handling beats no trouble at all; below-expectation lowest), this year a bit
// better than last, continuation intent predicting the churn that followed, quarterly NPS pulses for
// high-touch accounts.
const TODAY = '2026-04-01';
const END_OF_TODAY = Date.parse(`${TODAY}T23:59:59+09:00`);
let demo: DemoWorkspace;
let out: DemoSurveys;

beforeAll(() => {
  demo = generateDemoWorkspace({ seed: 42, today: TODAY });
  out = generateSurveys(demo);
});

const leafOf = (r: DemoSurveyResponse): CxLeaf | null => {
  const s = r.scores;
  if (s.trouble === false) return 'no_trouble';
  if (s.consulted === false) return 'not_consulted';
  return s.handling;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const run = (o: DemoSurveys, key: string) => {
  const survey = o.surveys.find((s) => s.key === key);
  if (!survey) throw new Error(`no survey ${key}`);
  return { survey, responses: o.responses.filter((r) => r.surveyId === survey.id), recipients: o.recipients.filter((r) => r.surveyId === survey.id) };
};
/** Mean of a score per leaf, in CX_LEAVES order. */
function leafMeans(responses: DemoSurveyResponse[], score: 'continuation' | 'csat' | 'nps'): Record<CxLeaf, number> {
  return Object.fromEntries(CX_LEAVES.map((leaf) => [leaf, mean(responses.filter((r) => leafOf(r) === leaf).map((r) => r.scores[score] as number))])) as Record<CxLeaf, number>;
}

describe('generateSurveys', () => {
  it('is the same for the same seed, with unique ids', () => {
    expect(generateSurveys(demo)).toEqual(out);
    const ids = [...out.surveys.map((s) => s.id), ...out.recipients.map((r) => r.id), ...out.responses.flatMap((r) => [r.id, r.activityId])];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('runs the CX survey twice in one series — last year\'s closed over a year ago, this year\'s closed recently — and four quarterly pulses, the latest open', () => {
    const last = run(out, 'cx-last').survey;
    const current = run(out, 'cx-this').survey;
    for (const s of [last, current]) expect(s).toMatchObject({ kind: 'cx', series: 'cx-annual', status: 'closed' });
    expect(last.name).toBe('年次 顧客満足度調査 2025');
    expect(current.name).toBe('年次 顧客満足度調査 2026');
    // responses at least 12 months old are what the calibrated churn mapping reads
    expect(daysBetween(last.closedAt!.slice(0, 10), TODAY)).toBeGreaterThan(365);
    expect(daysBetween(current.closedAt!.slice(0, 10), TODAY)).toBeLessThanOrEqual(30);
    const pulses = out.surveys.filter((s) => s.kind === 'nps');
    expect(pulses.map((s) => s.status)).toEqual(['closed', 'closed', 'closed', 'open']);
    expect(pulses[3]!.closesAt.slice(0, 10) > TODAY).toBe(true);
    for (let i = 1; i < pulses.length; i++) expect(daysBetween(pulses[i - 1]!.openedAt.slice(0, 10), pulses[i]!.openedAt.slice(0, 10))).toBeGreaterThanOrEqual(89);
  });

  it('invites one to three contacts of each account paying on the first day, and gets ~45–65% answers, more from healthier accounts', () => {
    const contactOf = new Map(demo.contacts.map((c) => [c.id, c]));
    const eventsOf = (id: string) => demo.subscriptionEvents.filter((e) => e.accountId === id);
    for (const key of ['cx-last', 'cx-this']) {
      const { survey, recipients, responses } = run(out, key);
      const perAccount = new Map<string, number>();
      for (const r of recipients) {
        expect(contactOf.get(r.contactId)?.accountId).toBe(r.accountId);
        perAccount.set(r.accountId, (perAccount.get(r.accountId) ?? 0) + 1);
      }
      for (const [accountId, n] of perAccount) {
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(3);
        expect(payingOn(eventsOf(accountId), survey.openedAt.slice(0, 10))).toBe(true);
      }
      expect(new Set(recipients.map((r) => r.contactId)).size).toBe(recipients.length);
      const rate = responses.length / recipients.length;
      expect(rate).toBeGreaterThan(0.45);
      expect(rate).toBeLessThan(0.65);
    }
    const health = new Map(demo.truth.map((t) => [t.accountId, t.trueHealth]));
    const answered = new Set(out.responses.map((r) => r.recipientId));
    const sorted = [...out.recipients].sort((a, b) => health.get(a.accountId)! - health.get(b.accountId)!);
    const third = Math.floor(sorted.length / 3);
    const rateOf = (list: typeof sorted) => list.filter((r) => answered.has(r.id)).length / list.length;
    expect(rateOf(sorted.slice(-third)) - rateOf(sorted.slice(0, third))).toBeGreaterThan(0.08);
  });

  it('stores answers the survey accepts, the scores extracted from them, and times inside the survey\'s window', () => {
    const surveys = new Map(out.surveys.map((s) => [s.id, s]));
    const recipients = new Map(out.recipients.map((r) => [r.id, r]));
    for (const r of out.responses) {
      const survey = surveys.get(r.surveyId)!;
      expect(validateAnswers(survey.definition, r.answers)).toEqual({ ok: true, answers: r.answers });
      expect(r.scores).toEqual(extractScores(survey.definition, r.answers));
      const recipient = recipients.get(r.recipientId)!;
      expect(recipient).toMatchObject({ surveyId: r.surveyId, contactId: r.contactId, accountId: r.accountId });
      const at = Date.parse(r.submittedAt);
      expect(at).toBeGreaterThan(Date.parse(survey.openedAt));
      expect(at).toBeLessThanOrEqual(Date.parse(survey.closesAt));
      expect(r.submittedAt.slice(0, 10) < TODAY).toBe(true);
      expect(Date.parse(recipient.firstOpenedAt!)).toBeLessThanOrEqual(at);
    }
    for (const recipient of out.recipients) {
      const survey = surveys.get(recipient.surveyId)!;
      expect(recipient.invitedAt).toBe(survey.openedAt);
      for (const at of [recipient.firstOpenedAt, recipient.lastRemindedAt]) {
        if (at === null) continue;
        expect(Date.parse(at)).toBeGreaterThan(Date.parse(survey.openedAt));
        expect(Date.parse(at)).toBeLessThan(Math.min(Date.parse(survey.closesAt), END_OF_TODAY));
      }
      expect(recipient.reminderCount).toBeLessThanOrEqual(2);
      expect(recipient.reminderCount === 0).toBe(recipient.lastRemindedAt === null);
    }
  });

  it('draws the tree the source found: above-expectation handling scores higher than no trouble at all, below-expectation lowest', () => {
    const other = generateSurveys(generateDemoWorkspace({ seed: 3, today: TODAY }));
    for (const responses of [run(out, 'cx-last').responses, run(out, 'cx-this').responses, run(other, 'cx-this').responses]) {
      for (const leaf of CX_LEAVES) expect(responses.filter((r) => leafOf(r) === leaf).length, leaf).toBeGreaterThanOrEqual(10);
      for (const score of ['continuation', 'csat', 'nps'] as const) {
        const m = leafMeans(responses, score);
        expect(m.above, score).toBeGreaterThan(m.no_trouble);
        expect(m.no_trouble, score).toBeGreaterThan(m.as);
        expect(m.as, score).toBeGreaterThan(m.not_consulted);
        expect(m.not_consulted, score).toBeGreaterThan(m.below);
      }
    }
  });

  it('supports both of the analysis\'s hypotheses in both runs (above beats every other leaf; above/as vs below differ)', () => {
    for (const key of ['cx-last', 'cx-this']) {
      const verdicts = testCxHypotheses(run(out, key).responses.map((r) => r.scores)).map((h) => [h.id, h.verdict]);
      expect(verdicts, key).toEqual([['h1', 'supported'], ['h2', 'supported']]);
    }
  });

  it('is a bit better this year: more of those with trouble consulted, more consulted ones got above-expectation handling', () => {
    const shares = (responses: DemoSurveyResponse[]) => {
      const trouble = responses.filter((r) => r.scores.trouble === true);
      const consulted = trouble.filter((r) => r.scores.consulted === true);
      return { consulted: consulted.length / trouble.length, above: consulted.filter((r) => r.scores.handling === 'above').length / consulted.length };
    };
    const last = shares(run(out, 'cx-last').responses);
    const current = shares(run(out, 'cx-this').responses);
    expect(current.consulted - last.consulted).toBeGreaterThan(0.03);
    expect(current.above - last.above).toBeGreaterThan(0.03);
  });

  it('lets last year\'s continuation intent predict the churn of the following twelve months', () => {
    const { survey, responses } = run(out, 'cx-last');
    const openOn = survey.openedAt.slice(0, 10);
    const churned = new Set(demo.accounts.filter((a) => customerLife(
      demo.subscriptionEvents.filter((e) => e.accountId === a.id), demo.subscriptions.filter((s) => s.accountId === a.id),
    ).churnDays.some((d) => d > openOn && d <= addDays(openOn, 365))).map((a) => a.id));
    const left = responses.filter((r) => churned.has(r.accountId));
    const stayed = responses.filter((r) => !churned.has(r.accountId));
    expect(left.length).toBeGreaterThanOrEqual(10);
    expect(mean(stayed.map((r) => r.scores.continuation!)) - mean(left.map((r) => r.scores.continuation!))).toBeGreaterThan(0.5);
    const churnRate = (keep: (c: number) => boolean) => {
      const group = responses.filter((r) => keep(r.scores.continuation!));
      return group.filter((r) => churned.has(r.accountId)).length / group.length;
    };
    expect(churnRate((c) => c <= 2)).toBeGreaterThan(3 * churnRate((c) => c >= 4));
    // so the analysis's calibrated mapping (churn within 12 months of the answer) has signal to learn
    const mapping = churnMapping(responses.map((r) => ({ continuation: r.scores.continuation!, churned: churned.has(r.accountId) })));
    expect(mapping.kind).toBe('calibrated');
    const risk = (level: number) => mapping.levels.find((l) => l.level === level)!.risk;
    expect(risk(2)).toBeGreaterThan(3 * risk(4));
  });

  it('sends the NPS pulses to the key contacts of high-touch accounts', () => {
    const contactOf = new Map(demo.contacts.map((c) => [c.id, c]));
    const arr = new Map(demo.truth.map((t) => [t.accountId, t.mrrJpy * 12]));
    const pulseIds = new Set(out.surveys.filter((s) => s.kind === 'nps').map((s) => s.id));
    const invited = out.recipients.filter((r) => pulseIds.has(r.surveyId));
    expect(invited.length).toBeGreaterThan(100);
    for (const r of invited) expect(['decision_maker', 'champion']).toContain(contactOf.get(r.contactId)?.role);
    // the default tiers put ARR ≥ HIGH_TOUCH_MIN_ARR in high touch; a few CSM overrides add or remove some
    const byRule = invited.filter((r) => (arr.get(r.accountId) ?? 0) >= HIGH_TOUCH_MIN_ARR).length;
    expect(byRule / invited.length).toBeGreaterThan(0.9);
    for (const r of out.responses.filter((x) => pulseIds.has(x.surveyId))) {
      expect(Object.keys(r.answers).every((k) => k === 'nps' || k === 'nps_reason')).toBe(true);
      expect(r.scores.csat).toBeNull();
    }
  });

  it('writes free text in Japanese, quoting a VOC topic where it is a request or a pain', () => {
    const texts = out.responses.flatMap((r) => r.texts.map((t) => ({ ...t, answer: r.answers[t.question] })));
    expect(texts.length).toBeGreaterThan(300);
    const topics = new Map(VOC_TOPICS.map((t) => [t.key, t]));
    for (const t of texts) {
      expect(t.answer).toBe(t.text);
      expect(t.text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      if (t.topicKey !== null) expect(topics.get(t.topicKey)?.quotes).toContain(t.text);
      if (t.question === 'trouble_detail' && t.topicKey !== null) expect(topics.get(t.topicKey)?.kind).toBe('pain');
    }
    expect(new Set(texts.map((t) => t.topicKey)).size).toBeGreaterThan(20);
  });
});
