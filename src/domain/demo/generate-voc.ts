/**
 * The demo's voice of the customer: one VOC item per topic of voc-texts.ts (25, over the
 * product areas Japanese B2B teams triage by), each backed by the accounts that asked for it.
 * Evidence comes from three places, as a CS team collects it:
 * - survey free text (generate-surveys.ts): most quotes of past runs were triaged onto their
 *   item; about half of this year's, and few of the open pulse's — the rest wait in the
 *   candidates inbox;
 * - CSM notes on the timeline (written here, about one paying account in eight, pains more
 *   often at unhealthy accounts), most of them linked;
 * - a few entered by hand from a user-group meeting, for the most asked-for topics.
 * Statuses spread over new → sent → planned → done / declined, older items further along.
 * Pure: the same seed and `today` give the same rows.
 */
import { DEFAULT_VOC_AREAS } from '../voc/areas.js';
import type { VocStatus } from '../voc/status.js';
import { addDays, atJapanTime, daysBetween, onWeekday, type IsoDate } from './calendar.js';
import type { DemoActivity, DemoWorkspace } from './demo-types.js';
import type { DemoSurveys } from './generate-surveys.js';
import { createRandom, type Random } from './random.js';
import { VOC_TOPICS, type VocTopic } from './voc-texts.js';

export interface DemoVocItem {
  id: string;
  key: string;
  title: string;
  description: string;
  areas: string[];
  kind: VocTopic['kind'];
  status: VocStatus;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

export interface DemoVocMention {
  id: string;
  itemId: string;
  accountId: string;
  sourceKind: 'survey_response' | 'activity' | 'manual';
  sourceId: string | null;
  quote: string;
  createdBy: string | null;
  createdAt: string;
}

export interface DemoVoc {
  items: DemoVocItem[];
  mentions: DemoVocMention[];
  /** CSM notes quoting customers, added to the account timelines */
  notes: DemoActivity[];
  areas: string[];
}

export type VocInput = Pick<DemoWorkspace, 'seed' | 'today' | 'accounts' | 'contacts' | 'truth' | 'members'> & { surveys: DemoSurveys };

/** Statuses from the oldest item to the newest; shuffled a little within each stretch of five. */
const STATUS_BY_AGE: readonly VocStatus[] = [
  'done', 'done', 'planned', 'declined', 'done',
  'planned', 'sent', 'planned', 'declined', 'sent',
  'planned', 'sent', 'new', 'sent', 'new',
  'sent', 'new', 'planned', 'new', 'new',
  'new', 'new', 'sent', 'new', 'new',
];

const NOTE_TEXT = {
  request: { subject: '製品へのご要望', body: (who: string, quote: string) => `定例ミーティングにて、${who}様より「${quote}」とのご要望。製品チームへの共有を検討する。` },
  pain: { subject: '利用上の課題', body: (who: string, quote: string) => `${who}様から「${quote}」との声。回避策をご案内済み。根本対応は製品チームに確認する。` },
} as const;

/** An instant on `day` (capped at today) in office hours. */
const stamp = (r: Random, day: IsoDate, today: IsoDate) => atJapanTime(day > today ? today : day, r.int(9, 17), r.int(0, 59));
const ms = (iso: string) => Date.parse(iso);

export function generateVoc(input: VocInput): DemoVoc {
  const random = createRandom(input.seed, 'voc');
  const ids = random.fork('ids');
  const topics = new Map(VOC_TOPICS.map((t) => [t.key, { topic: t, id: ids.uuid() }]));
  const ownerOf = new Map(input.accounts.map((a) => [a.id, a.ownerId]));
  const manager = input.members.find((m) => m.role === 'manager')?.id ?? null;
  const byAccount = (accountId: string) => ownerOf.get(accountId) ?? manager;
  const mentions: DemoVocMention[] = [];
  const mention = (r: Random, key: string, m: Omit<DemoVocMention, 'id' | 'itemId'>) => {
    const entry = topics.get(key);
    if (entry) mentions.push({ id: r.uuid(), itemId: entry.id, ...m });
  };

  // Survey free text: the older the answer, the likelier someone has triaged it.
  const fromSurveys = random.fork('survey-mentions');
  for (const response of input.surveys.responses) {
    const age = daysBetween(response.submittedAt.slice(0, 10), input.today);
    for (const text of response.texts) {
      if (text.topicKey === null || !fromSurveys.chance(age > 90 ? 0.85 : age > 20 ? 0.55 : 0.25)) continue;
      mention(fromSurveys, text.topicKey, {
        accountId: response.accountId, sourceKind: 'survey_response', sourceId: response.id, quote: text.text,
        createdBy: byAccount(response.accountId),
        createdAt: stamp(fromSurveys, addDays(response.submittedAt.slice(0, 10), fromSurveys.int(1, 14)), input.today),
      });
    }
  }

  const notes = writeNotes(input, random.fork('notes'));
  const fromNotes = random.fork('note-mentions');
  for (const { note, topicKey, quote } of notes) {
    if (!fromNotes.chance(0.8)) continue;
    mention(fromNotes, topicKey, {
      accountId: note.accountId, sourceKind: 'activity', sourceId: note.id, quote, createdBy: note.authorId,
      createdAt: stamp(fromNotes, addDays(note.occurredAt.slice(0, 10), fromNotes.int(0, 3)), input.today),
    });
  }

  // By hand, from the user group: the most asked-for topics, and any topic nothing else backs.
  const manual = random.fork('manual');
  const paying = input.truth.filter((t) => t.mrrJpy > 0).map((t) => t.accountId);
  for (const { topic } of topics.values()) {
    const backed = mentions.some((m) => m.itemId === topics.get(topic.key)?.id);
    if (paying.length === 0 || (backed && topic.weight < 8)) continue;
    const accountId = manual.pick(paying);
    mention(manual, topic.key, {
      accountId, sourceKind: 'manual', sourceId: null, quote: `ユーザー会のディスカッションより：${manual.pick(topic.quotes)}`,
      createdBy: byAccount(accountId), createdAt: stamp(manual, onWeekday(addDays(input.today, -manual.int(20, 200))), input.today),
    });
  }

  const items = itemsOf(input, random.fork('items'), [...topics.values()], mentions);
  return { items, mentions, notes: notes.map((n) => n.note), areas: [...DEFAULT_VOC_AREAS] };
}

interface QuotedNote { note: DemoActivity; topicKey: string; quote: string }

/** CSM notes quoting a customer: about one paying account in eight, pains more often where health is low. */
function writeNotes(input: VocInput, random: Random): QuotedNote[] {
  const peopleOf = new Map<string, typeof input.contacts[number][]>();
  for (const c of input.contacts) peopleOf.set(c.accountId, [...(peopleOf.get(c.accountId) ?? []), c]);
  const healthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const out: QuotedNote[] = [];
  for (const account of input.accounts) {
    const truth = healthOf.get(account.id);
    if (!truth || truth.mrrJpy <= 0 || account.ownerId === null) continue;
    const r = random.fork(account.id);
    if (!r.chance(0.125)) continue;
    const kind = r.chance(0.25 + 0.5 * (1 - truth.trueHealth)) ? 'pain' : 'request';
    const topic = r.weighted(VOC_TOPICS.filter((t) => t.kind === kind).map((t) => [t, t.weight] as const));
    const people = peopleOf.get(account.id) ?? [];
    const contact = people.find((c) => c.role === 'champion') ?? people[0] ?? null;
    const quote = r.pick(topic.quotes);
    const on = onWeekday(addDays(input.today, -r.int(3, 270)));
    const who = contact ? contact.name.split(/\s/)[0] ?? contact.name : 'ご担当者';
    out.push({
      topicKey: topic.key, quote,
      note: {
        id: r.uuid(), accountId: account.id, contactId: contact?.id ?? null, kind: 'note', occurredAt: stamp(r, on, input.today),
        authorId: account.ownerId, subject: NOTE_TEXT[kind].subject, body: NOTE_TEXT[kind].body(who, quote.replace(/。$/, '')), event: null,
      },
    });
  }
  return out;
}

function itemsOf(input: VocInput, r: Random, topics: Array<{ topic: VocTopic; id: string }>, mentions: DemoVocMention[]): DemoVocItem[] {
  const dated = topics.map(({ topic, id }) => {
    const own = mentions.filter((m) => m.itemId === id).sort((a, b) => ms(a.createdAt) - ms(b.createdAt));
    const first = own[0];
    const last = own[own.length - 1];
    if (!first || !last) throw new Error(`VOC topic ${topic.key} has no mention`);
    return { topic, id, first, last };
  }).sort((a, b) => ms(a.first.createdAt) - ms(b.first.createdAt));
  const statuses: VocStatus[] = [];
  for (let i = 0; i < dated.length; i += 5) statuses.push(...r.sample(STATUS_BY_AGE.slice(i, i + 5), 5));
  return dated.map(({ topic, id, first, last }, i) => {
    const status = statuses[i] ?? 'new';
    const sentOn = addDays(first.createdAt.slice(0, 10), r.int(5, 40));
    const sentAt = status === 'sent' || status === 'planned' || status === 'done' ? stamp(r, sentOn, input.today) : null;
    const movedAt = status === 'new' ? null : stamp(r, addDays(sentOn, r.int(3, 45)), input.today);
    const updatedAt = [last.createdAt, sentAt, movedAt].filter((x): x is string => x !== null).sort((a, b) => ms(a) - ms(b)).pop() ?? first.createdAt;
    return {
      id, key: topic.key, title: topic.title, description: topic.description, areas: [...topic.areas], kind: topic.kind, status,
      createdBy: first.createdBy, createdAt: first.createdAt, updatedAt, sentAt,
    };
  });
}
