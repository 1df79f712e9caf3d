/**
 * The demo's surveys: two yearly runs of the CX survey (the ready template, series
 * cx-annual) — last year's, closed over a year ago so its answers can be checked against who
 * churned since, and this year's, closed two weeks ago — and four quarterly NPS pulses to the
 * key contacts of high-touch accounts, the latest still open. Each run goes to the accounts
 * paying on its first day (the CX survey to those past their first month): one to three
 * contacts each (two or three where the account has that many), executives and managers first.
 * Healthier accounts answer more often (about 45–65% overall). Answers follow the hidden true
 * health through survey-answer-model.ts, so the CX tree shows the source's effect. Free-text
 * answers quote the VOC topics (voc-texts.ts); each response remembers which topic it quoted,
 * for generate-voc.ts.
 *
 * Answer-link tokens are NOT generated here: a seed is public, so a token derived from it could
 * be guessed. The loader draws them (newSurveyToken) as it inserts the recipients.
 * Pure: the same seed and `today` give the same rows.
 */
import type { Answers, ExtractedScores, SurveyDefinition } from '../surveys/definition.js';
import { extractScores, validateAnswers } from '../surveys/answers.js';
import { cxSurveyTemplate, npsPulseTemplate } from '../surveys/templates.js';
import { HIGH_TOUCH_MIN_ARR } from '../tiers/default-tiers.js';
import { addDays, atJapanTime, japaneseMonth, onWeekday, type IsoDate } from './calendar.js';
import { customerLife } from './customer-spans.js';
import type { DemoContact, DemoSubscriptionEvent, DemoWorkspace } from './demo-types.js';
import { generateTiers } from './generate-tiers.js';
import { createRandom, type Random } from './random.js';
import {
  drawLeaf, FIRST_RUN, latentAttitude, npsFrom, perceivedHealth, type RunImprovement, SECOND_RUN, scoresFrom,
} from './survey-answer-model.js';
import { PLAIN_REQUESTS, PULSE_REASONS, VOC_TOPICS, type VocTopic } from './voc-texts.js';

export interface DemoSurvey {
  id: string;
  /** stable name of the run inside the demo, e.g. 'cx-last', 'pulse-2' */
  key: string;
  name: string;
  kind: 'cx' | 'nps';
  series: string | null;
  status: 'open' | 'closed';
  definition: SurveyDefinition;
  remindAfterDays: number | null;
  openedAt: string;
  closesAt: string;
  closedAt: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DemoSurveyRecipient {
  id: string;
  surveyId: string;
  accountId: string;
  contactId: string;
  language: 'ja';
  invitedAt: string;
  lastRemindedAt: string | null;
  reminderCount: number;
  firstOpenedAt: string | null;
}

/** A free-text answer and the VOC topic it quotes (null for thanks and the like). */
export interface DemoFreeText {
  question: string;
  text: string;
  topicKey: string | null;
}

export interface DemoSurveyResponse {
  id: string;
  surveyId: string;
  surveyName: string;
  accountId: string;
  contactId: string;
  recipientId: string;
  answers: Answers;
  scores: ExtractedScores;
  submittedAt: string;
  /** the survey.answered entry on the account timeline */
  activityId: string;
  texts: DemoFreeText[];
}

export interface DemoSurveys {
  surveys: DemoSurvey[];
  recipients: DemoSurveyRecipient[];
  responses: DemoSurveyResponse[];
}

export type SurveyInput = Pick<DemoWorkspace,
  'seed' | 'today' | 'accounts' | 'contacts' | 'truth' | 'admin' | 'members' | 'subscriptions' | 'subscriptionEvents'>;

interface Run {
  survey: DemoSurvey;
  openOn: IsoDate;
  /** the last day answers arrive: the close, or yesterday for an open survey */
  lastOn: IsoDate;
  improvement: RunImprovement;
}

const LEVEL_ORDER = { executive: 0, manager: 1, end_user: 2 } as const;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Paying on `day`: some line's latest event by then is active or past due with MRR. */
export function payingOn(events: readonly DemoSubscriptionEvent[], day: IsoDate): boolean {
  const latest = new Map<string, DemoSubscriptionEvent>();
  for (const e of events) {
    const prev = latest.get(e.subscriptionId);
    if (e.effectiveOn <= day && (!prev || prev.effectiveOn <= e.effectiveOn)) latest.set(e.subscriptionId, e);
  }
  return [...latest.values()].some((e) => (e.status === 'active' || e.status === 'past_due') && e.mrr > 0);
}

function schedule(input: SurveyInput, random: Random): Run[] {
  const manager = input.members.find((m) => m.role === 'manager') ?? input.admin;
  const cx = cxSurveyTemplate();
  const pulse = npsPulseTemplate();
  const runs: Run[] = [];
  const make = (key: string, kind: 'cx' | 'nps', name: string, openOn: IsoDate, days: number, improvement: RunImprovement): void => {
    const closesOn = addDays(openOn, days);
    const open = closesOn >= input.today;
    const template = kind === 'cx' ? cx : pulse;
    const ids = random.fork(key);
    runs.push({
      openOn, lastOn: open ? addDays(input.today, -1) : closesOn, improvement,
      survey: {
        id: ids.uuid(), key, name, kind, series: template.series, status: open ? 'open' : 'closed',
        definition: template.definition, remindAfterDays: kind === 'cx' ? 7 : null,
        openedAt: atJapanTime(openOn, 10, 0), closesAt: atJapanTime(closesOn, 23, 59),
        closedAt: open ? null : atJapanTime(closesOn, 23, 59), createdBy: manager.id,
        createdAt: atJapanTime(addDays(openOn, -ids.int(5, 12)), 15, ids.int(0, 59)),
      },
    });
  };
  for (const [key, back, improvement] of [['cx-last', 400, FIRST_RUN], ['cx-this', 35, SECOND_RUN]] as const) {
    const openOn = onWeekday(addDays(input.today, -back));
    make(key, 'cx', `${cx.name.ja} ${openOn.slice(0, 4)}`, openOn, 21, improvement);
  }
  for (let quarter = 3; quarter >= 0; quarter--) {
    const openOn = onWeekday(addDays(input.today, -12 - 91 * quarter));
    make(`pulse-${3 - quarter}`, 'nps', `NPSパルス ${japaneseMonth(openOn)}`, openOn, 21, SECOND_RUN);
  }
  return runs;
}

/** Accounts the pulses go to: high touch by ARR today, with the CSMs' overrides. */
function highTouchAccounts(input: SurveyInput): Set<string> {
  const tiers = generateTiers(input);
  const high = new Set(input.truth.filter((t) => t.mrrJpy * 12 >= HIGH_TOUCH_MIN_ARR).map((t) => t.accountId));
  for (const o of tiers.overrides) {
    if (o.tierKey === 'high') high.add(o.accountId);
    else high.delete(o.accountId);
  }
  return high;
}

function pickTopic(r: Random, kind: VocTopic['kind']): VocTopic {
  return r.weighted(VOC_TOPICS.filter((t) => t.kind === kind).map((t) => [t, t.weight] as const));
}

function quoteOf(r: Random, question: string, topic: VocTopic): DemoFreeText {
  return { question, text: r.pick(topic.quotes), topicKey: topic.key };
}

/** One CX answer set, with its free text. */
function answerCx(r: Random, h: number, improvement: RunImprovement): { answers: Answers; texts: DemoFreeText[] } {
  const leaf = drawLeaf(r, h, improvement);
  const scores = scoresFrom(r, latentAttitude(r, h, leaf));
  const answers: Answers = { satisfaction: scores.satisfaction, continuation: scores.continuation, nps: scores.nps, trouble: leaf !== 'no_trouble' };
  const texts: DemoFreeText[] = [];
  if (leaf !== 'no_trouble') {
    if (r.chance(0.6)) texts.push(quoteOf(r, 'trouble_detail', pickTopic(r, 'pain')));
    answers.consulted = leaf !== 'not_consulted';
    if (leaf !== 'not_consulted') answers.handling = leaf;
  }
  if (r.chance(0.45)) {
    texts.push(r.chance(0.25)
      ? { question: 'request', text: r.pick(PLAIN_REQUESTS), topicKey: null }
      : quoteOf(r, 'request', pickTopic(r, 'request')));
  }
  for (const t of texts) answers[t.question] = t.text;
  return { answers, texts };
}

function answerPulse(r: Random, h: number): { answers: Answers; texts: DemoFreeText[] } {
  const nps = npsFrom(r, latentAttitude(r, h, null) + 0.15);
  const texts: DemoFreeText[] = [];
  if (r.chance(0.55)) {
    if (nps <= 6) texts.push(quoteOf(r, 'nps_reason', pickTopic(r, 'pain')));
    else if (nps <= 8) {
      texts.push(r.chance(0.5) ? quoteOf(r, 'nps_reason', pickTopic(r, 'request')) : { question: 'nps_reason', text: r.pick(PULSE_REASONS.passive), topicKey: null });
    } else texts.push({ question: 'nps_reason', text: r.pick(PULSE_REASONS.promoter), topicKey: null });
  }
  const answers: Answers = { nps };
  for (const t of texts) answers[t.question] = t.text;
  return { answers, texts };
}

/** Executives and managers first; at most three, fewer at small accounts. */
function chooseContacts(r: Random, people: readonly DemoContact[], pulse: boolean): DemoContact[] {
  const ranked = r.sample(people, people.length).sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  if (pulse) return ranked.filter((c) => c.role === 'decision_maker' || c.role === 'champion').slice(0, 2);
  return ranked.slice(0, r.int(people.length <= 2 ? 1 : 2, 3));
}

export function generateSurveys(input: SurveyInput): DemoSurveys {
  const random = createRandom(input.seed, 'surveys');
  const runs = schedule(input, random.fork('schedule'));
  const highTouch = highTouchAccounts(input);
  const truthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const eventsOf = groupBy(input.subscriptionEvents, (e) => e.accountId);
  const linesOf = groupBy(input.subscriptions, (s) => s.accountId);
  const peopleOf = groupBy(input.contacts, (c) => c.accountId);
  const out: DemoSurveys = { surveys: runs.map((run) => run.survey), recipients: [], responses: [] };
  for (const account of input.accounts) {
    const truth = truthOf.get(account.id);
    const events = eventsOf.get(account.id) ?? [];
    if (!truth || truth.firstPaidOn === null) continue;
    const churnDays = customerLife(events, linesOf.get(account.id) ?? []).churnDays;
    const perAccount = random.fork(account.id);
    const wobble = perAccount.fork('wobble').normal(0, 0.06);
    for (const run of runs) {
      const { survey, openOn } = run;
      const pulse = survey.kind === 'nps';
      if (pulse ? !highTouch.has(account.id) : addDays(truth.firstPaidOn, 30) > openOn) continue;
      if (!payingOn(events, openOn)) continue;
      const r = perAccount.fork(survey.key);
      if (!pulse && !r.chance(0.92)) continue; // a few left out at the CSM's request (mid-negotiation, a recent escalation)
      const people = (peopleOf.get(account.id) ?? []).filter((c) => c.createdAt.slice(0, 10) < openOn);
      const leaving = churnDays.some((d) => d > openOn && d <= addDays(openOn, 365));
      const h = perceivedHealth(truth.trueHealth, leaving, wobble);
      for (const contact of chooseContacts(r, people, pulse)) invite(r, run, account.id, contact, h, out);
    }
  }
  return out;
}

function invite(r: Random, run: Run, accountId: string, contact: DemoContact, h: number, out: DemoSurveys): void {
  const { survey, openOn } = run;
  const recipientId = r.uuid();
  const answerChance = clamp(0.3 + 0.42 * h - (contact.level === 'end_user' ? 0.05 : 0), 0.2, 0.75);
  // most answer within the first week; the rest after the reminders on days 7 and 14
  const day = r.chance(0.7) ? r.int(0, 6) : r.int(7, 20);
  const answeredOn = addDays(openOn, day);
  const answers = r.chance(answerChance) && answeredOn <= run.lastOn;
  const reminded = (until: number) => [7, 14].filter((d) => d <= until && addDays(openOn, d) <= run.lastOn);
  const reminders = survey.remindAfterDays === null ? [] : reminded(answers ? day - 1 : r.chance(0.5) ? 14 : 7);
  const lastReminder = reminders[reminders.length - 1];
  const submittedAt = atJapanTime(answeredOn, r.int(day === 0 ? 11 : 9, 19), r.int(0, 59)); // invitations go out at 10:00
  const openedAt = answers
    ? new Date(Date.parse(submittedAt) - r.int(2, 9) * 60_000).toISOString()
    : r.chance(0.25) ? atJapanTime(addDays(openOn, Math.min(day, 6)), r.int(11, 19), r.int(0, 59)) : null;
  out.recipients.push({
    id: recipientId, surveyId: survey.id, accountId, contactId: contact.id, language: 'ja',
    invitedAt: survey.openedAt, reminderCount: reminders.length,
    lastRemindedAt: lastReminder === undefined ? null : atJapanTime(addDays(openOn, lastReminder), 10, 0),
    firstOpenedAt: openedAt,
  });
  if (!answers) return;
  const drawn = survey.kind === 'cx' ? answerCx(r, h, run.improvement) : answerPulse(r, h);
  const checked = validateAnswers(survey.definition, drawn.answers);
  if (!checked.ok) throw new Error(`demo survey answers do not validate: ${JSON.stringify(checked.errors)}`);
  out.responses.push({
    id: r.uuid(), surveyId: survey.id, surveyName: survey.name, accountId, contactId: contact.id, recipientId,
    answers: checked.answers, scores: extractScores(survey.definition, checked.answers), submittedAt,
    activityId: r.uuid(), texts: drawn.texts,
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
