/**
 * Sales → CS handoffs for the demo. Sales writes one when it enters an account (a few weeks
 * before the first subscription); most customers of the last two years have one, fewer of the
 * older ones. How much of it sales filled follows the hidden true health with noise — careless
 * handoffs go with customers who later struggle, as HiCustomer 2023 found — so the completeness
 * report has something real to show. Recent deals are still in flight: some drafts, some
 * waiting for CS, a few returned with questions; older ones were accepted, the thinner ones
 * often after a round of questions. Pure: the same seed and `today` give the same rows.
 */
import { scoreCompleteness } from '../handoffs/completeness.js';
import { HandoffContent } from '../handoffs/content.js';
import type { HandoffStatus } from '../handoffs/status.js';
import { addDays, addMonths, atJapanTime, daysBetween, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount, DemoContact, DemoMember } from './demo-types.js';
import { createRandom, type Random } from './random.js';

export interface DemoHandoffEvent {
  id: string;
  event: 'handoff.created' | 'handoff.submitted' | 'handoff.returned' | 'handoff.accepted';
  at: string;
  authorId: string | null;
  data: Record<string, unknown>;
}

export interface DemoHandoff {
  id: string;
  accountId: string;
  status: HandoffStatus;
  content: HandoffContent;
  completeness: number;
  authorId: string | null;
  createdAt: string;
  submittedAt: string | null;
  reviewerId: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  updatedAt: string;
  events: DemoHandoffEvent[];
}

export interface HandoffInput {
  seed: number;
  today: IsoDate;
  accounts: readonly DemoAccount[];
  truth: readonly AccountTruth[];
  contacts: readonly DemoContact[];
  members: readonly DemoMember[];
}

const GOALS: ReadonlyArray<readonly [string, string, string]> = [
  ['月次レポート作成の工数を減らす', '作成時間（時間/月）', '40時間 → 10時間'],
  ['営業の案件化率を上げる', '商談化率', '12% → 18%'],
  ['問い合わせ対応の一次解決率を高める', '一次解決率', '60% → 80%'],
  ['紙の申請をなくす', '電子申請の比率', '30% → 95%'],
  ['拠点間で顧客情報を共有する', '共有された顧客数', '全拠点で100%'],
  ['新人の立ち上がりを早める', '独り立ちまでの日数', '90日 → 45日'],
  ['解約の兆しを早く掴む', '解約率（月次）', '2.5% → 1.5%'],
];
const CARES = [
  '半年以内に投資対効果を役員会で説明できること', '現場に定着するかどうか。前回のツールは使われなかった',
  'セキュリティと情報システム部の承認', '既存の基幹システムとの連携', '導入の手間を最小限にすること',
];
const ROLES = ['現場リーダー', '情報システム部', 'プロジェクト推進担当', '経理・購買', '利用部門の課長'];
const NOTES = [
  '導入に前向き。社内の説得役になってくれる', '前ツールで苦労した経験があり慎重', '忙しく打ち合わせの時間が取りにくい',
  '技術面の質問が多い。早めに回答すると信頼される', '決裁には関与しないが影響力は大きい',
];
const RISKS = ['情報システム部の承認が遅れがち', '利用部門の繁忙期（3月）と導入時期が重なる', '競合製品との比較検討が続いている', '推進担当者の異動の可能性'];
const PROMISES = ['初月は週次で定例を行う', 'CSV一括取り込みを代行する', '管理者向け研修を2回実施する', '年度末までに帳票を追加する（ロードマップ）'];
const MILESTONES = ['キックオフ', '管理者トレーニング', 'データ移行', '全社展開', '効果測定レビュー'];
const QUESTIONS = [
  '導入の目的は伺えましたが、効果を何で測るか（KPIと目標値）を確認させてください。',
  '決裁者の方が何を重視しているか、商談での発言を教えてください。',
  '現場のキーパーソンはどなたですか？関係者の情報がありません。',
  '稼働開始日とマイルストーンが空欄です。先方と合意した日程を教えてください。',
  '値引きの条件について特記事項に記載をお願いします。',
];
const ACCEPT_NOTES = ['ありがとうございます。キックオフを設定します。', '詳細な引き継ぎ感謝です。', null, null];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The content sales wrote, each piece present with probability `q` (the contract, known from the deal, more often). */
function writeContent(r: Random, q: number, account: DemoAccount, truth: AccountTruth, people: DemoContact[]): HandoffContent {
  const has = (p = q) => r.chance(p);
  const decider = people.find((c) => c.role === 'decision_maker') ?? people.find((c) => c.level === 'executive');
  const others = people.filter((c) => c !== decider).slice(0, 3);
  const start = truth.firstPaidOn;
  return HandoffContent.parse({
    goals: r.sample(GOALS, r.int(1, 2)).filter(() => has(clamp(q + 0.2, 0, 1)))
      .map(([goal, kpi, target]) => ({ goal, kpi: has() ? kpi : '', target: has() ? target : '' })),
    decisionMaker: decider && has(clamp(q + 0.15, 0, 1))
      ? { contactId: decider.id, name: decider.name, title: has() ? decider.title : '', cares: has() ? r.pick(CARES) : '' }
      : {},
    stakeholders: others.filter(() => has()).map((c) => ({
      contactId: c.id, name: c.name, role: has() ? r.pick(ROLES) : '', notes: has() ? r.pick(NOTES) : '',
    })),
    contract: {
      plan: has(0.5 + q / 2) ? account.plan ?? '' : '',
      seats: truth.seats > 0 && has(0.5 + q / 2) ? truth.seats : null,
      annualAmount: truth.mrrJpy > 0 && has(0.5 + q / 2) ? truth.mrrJpy * 12 : null,
      currency: truth.mrrJpy > 0 ? 'JPY' : null,
      startOn: start && has(0.5 + q / 2) ? start : null,
      renewalOn: start && has(0.4 + q / 2) ? addMonths(start, 12) : null,
      specialTerms: has(0.2) ? '初年度は10%値引き（2年目から定価）' : '',
    },
    timeline: {
      goLiveOn: start && has() ? addDays(start, r.int(14, 45)) : null,
      milestones: has() ? r.sample(MILESTONES, r.int(2, 4)).map((title) => ({ title, dueOn: null })) : [],
    },
    risks: has() ? r.sample(RISKS, r.int(1, 2)).map((risk) => ({ risk, mitigation: '' })) : [],
    noKnownRisks: false,
    promises: has() ? r.sample(PROMISES, 1).map((promise) => ({ promise, dueOn: null })) : [],
    noPromises: has(q / 2),
  });
}

export function generateHandoffs(input: HandoffInput): DemoHandoff[] {
  const truthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const peopleOf = new Map<string, DemoContact[]>();
  for (const c of input.contacts) peopleOf.set(c.accountId, [...(peopleOf.get(c.accountId) ?? []), c]);
  const sales = input.members.filter((m) => m.role === 'sales');
  const manager = input.members.find((m) => m.role === 'manager') ?? null;
  const out: DemoHandoff[] = [];
  for (const account of input.accounts) {
    const truth = truthOf.get(account.id);
    if (!truth) continue;
    const r = createRandom(input.seed, 'handoffs').fork(account.id);
    const enteredOn = account.createdAt.slice(0, 10);
    const age = daysBetween(enteredOn, input.today);
    const recent = age <= 45;
    // Prospects get one only while the deal closes; older customers were often onboarded before handoffs were written down.
    if (truth.firstPaidOn === null && !recent) continue;
    if (!r.chance(age > 730 ? 0.45 : 0.9)) continue;
    const q = clamp(0.15 + 0.8 * truth.trueHealth + r.normal(0, 0.15), 0.05, 1);
    const content = writeContent(r, q, account, truth, peopleOf.get(account.id) ?? []);
    const author = (r.chance(0.85) ? r.pick(sales) : manager) ?? null;
    const reviewer = account.ownerId ?? manager?.id ?? null;
    out.push(lifeOf(r, { id: r.uuid(), account, content, author: author?.id ?? null, reviewer, enteredOn, recent, q, today: input.today }));
  }
  return out;
}

interface Life {
  id: string; account: DemoAccount; content: HandoffContent; author: string | null; reviewer: string | null;
  enteredOn: IsoDate; recent: boolean; q: number; today: IsoDate;
}

/** Its status and history: drafts and pending ones only among recent deals; thin handoffs are returned more often. */
function lifeOf(r: Random, l: Life): DemoHandoff {
  const completeness = scoreCompleteness(l.content).score;
  const cap = (d: IsoDate) => (d > l.today ? l.today : d);
  // Each step after the one before, even when a recent deal's steps are squeezed into today.
  let lastMs = 0;
  const at = (d: IsoDate, h: number) => {
    lastMs = Math.max(Date.parse(atJapanTime(cap(d), h, r.int(0, 59))), lastMs + 15 * 60_000);
    return new Date(lastMs).toISOString();
  };
  const createdAt = at(l.enteredOn, 10);
  const events: DemoHandoffEvent[] = [{ id: r.uuid(), event: 'handoff.created', at: createdAt, authorId: l.author, data: { handoffId: l.id, completeness } }];
  const final: HandoffStatus = l.recent
    ? r.weighted([['draft', 25], ['submitted', 35], ['returned', 20], ['accepted', 20]] as const)
    : r.chance(l.q < 0.5 ? 0.04 : 0.01) ? 'returned' : 'accepted';
  let day = addDays(l.enteredOn, r.int(1, 5));
  let submittedAt: string | null = null;
  let reviewedAt: string | null = null;
  let reviewNote: string | null = null;
  const submit = (resubmitted: boolean) => {
    submittedAt = at(day, 17);
    events.push({ id: r.uuid(), event: 'handoff.submitted', at: submittedAt, authorId: l.author, data: { handoffId: l.id, completeness, resubmitted } });
  };
  const review = (event: 'handoff.returned' | 'handoff.accepted', note: string | null) => {
    day = addDays(day, r.int(1, 3));
    reviewedAt = at(day, 11);
    reviewNote = note;
    events.push({ id: r.uuid(), event, at: reviewedAt, authorId: l.reviewer, data: { handoffId: l.id, completeness, ...(note ? { note } : {}) } });
  };
  if (final !== 'draft') {
    submit(false);
    const roundOfQuestions = final === 'returned' || (final === 'accepted' && r.chance(l.q < 0.5 ? 0.5 : 0.1));
    if (roundOfQuestions) review('handoff.returned', r.pick(QUESTIONS));
    if (final === 'accepted') {
      if (roundOfQuestions) { day = addDays(day, r.int(1, 4)); submit(true); }
      review('handoff.accepted', r.pick(ACCEPT_NOTES));
    }
  }
  const last = events[events.length - 1] as DemoHandoffEvent;
  return {
    id: l.id, accountId: l.account.id, status: final, content: l.content, completeness, authorId: l.author, createdAt,
    submittedAt, reviewerId: reviewedAt ? l.reviewer : null, reviewedAt, reviewNote, updatedAt: last.at, events,
  };
}
