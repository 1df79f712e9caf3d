/**
 * Tasks for the demo's CSMs: open ones (some overdue, some due today or this week, a few
 * undated) and ones done over the last quarter, on the paying accounts each CSM owns. Accounts
 * whose hidden true health is low carry more — and more overdue — work, much of it opened by
 * playbooks (health drops, usage falls, quiet executives); healthy ones mostly routine check-ins.
 * Pure: the same seed and `today` give the same rows.
 */
import type { TaskSource, TaskStatus } from '../tasks/task.js';
import { addDays, atJapanTime, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount } from './demo-types.js';
import { createRandom, type Random } from './random.js';

export interface DemoTask {
  id: string;
  accountId: string;
  assigneeId: string;
  title: string;
  reason: string;
  dueOn: IsoDate | null;
  status: TaskStatus;
  source: TaskSource;
  createdAt: string;
  doneAt: string | null;
}

export interface TaskInput {
  seed: number;
  today: IsoDate;
  accounts: readonly DemoAccount[];
  truth: readonly AccountTruth[];
}

interface Template { title: string; reason: string; source: TaskSource }

/** Work a struggling account brings: mostly opened by playbooks. */
const RISK_TASKS: readonly Template[] = [
  { title: 'ヘルス低下のフォローコール', reason: 'ヘルススコアが2週間で15点以上低下。利用状況と課題をヒアリングする', source: 'playbook' },
  { title: '利用低迷部署への活用支援', reason: '週次アクティブユーザーが前週比30%以上減少', source: 'playbook' },
  { title: '決裁者との面談設定', reason: 'エグゼクティブスポンサーと90日以上接点がない', source: 'playbook' },
  { title: '解約リスクの社内共有', reason: 'ヘルスが赤のまま。営業・サポートと対応方針をそろえる', source: 'manual' },
  { title: '未解決の問い合わせのフォロー', reason: 'サポート問い合わせが3件未解決のまま1週間経過', source: 'manual' },
  { title: '更新条件の事前確認', reason: '更新が近く、利用が契約席数を下回っている', source: 'playbook' },
];

/** Routine work every account gets. */
const ROUTINE_TASKS: readonly Template[] = [
  { title: 'QBRの日程調整', reason: '四半期ビジネスレビューの時期（ハイタッチの接触頻度）', source: 'playbook' },
  { title: '活用事例のヒアリング', reason: '利用が定着。事例化と拡大の余地を確認する', source: 'manual' },
  { title: '新機能の案内', reason: '先月リリースの機能が顧客の課題に合う', source: 'manual' },
  { title: 'サクセスプランの見直し', reason: '目標の見直し日が近い', source: 'manual' },
  { title: '追加席数の提案準備', reason: '利用席数が契約数の9割を超えた', source: 'manual' },
  { title: '管理者向けトレーニングの実施', reason: '管理者が交代したため、設定方法を改めて共有する', source: 'manual' },
];

function pickTemplate(random: Random, health: number): Template {
  return random.chance(health < 0.45 ? 0.75 : health < 0.7 ? 0.35 : 0.08) ? random.pick(RISK_TASKS) : random.pick(ROUTINE_TASKS);
}

/** Due day of an open task: unhealthy accounts run late more often. */
function openDue(random: Random, today: IsoDate, health: number): IsoDate | null {
  const late = health < 0.45 ? 45 : health < 0.7 ? 25 : 10;
  const kind = random.weighted([['overdue', late], ['today', 12], ['week', 38], ['later', 20], ['none', 10]] as const);
  if (kind === 'overdue') return addDays(today, -random.int(1, 14));
  if (kind === 'today') return today;
  if (kind === 'week') return addDays(today, random.int(1, 7));
  if (kind === 'later') return addDays(today, random.int(8, 30));
  return null;
}

export function generateTasks(input: TaskInput): DemoTask[] {
  const truthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const tasks: DemoTask[] = [];
  for (const account of input.accounts) {
    const truth = truthOf.get(account.id);
    if (!account.ownerId || !truth || truth.firstPaidOn === null || truth.churnedOn !== null) continue;
    const random = createRandom(input.seed, 'tasks').fork(account.id);
    const health = truth.trueHealth;
    const open = health < 0.45 ? random.int(1, 3) : health < 0.7 ? random.int(0, 2) : (random.chance(0.35) ? 1 : 0);
    const done = random.int(0, health < 0.45 ? 3 : 2);
    for (let i = 0; i < open + done; i++) {
      const template = pickTemplate(random, health);
      const isOpen = i < open;
      const dueOn = isOpen ? openDue(random, input.today, health) : addDays(input.today, -random.int(1, 90));
      const createdOn = addDays(dueOn ?? input.today, -random.int(3, 14));
      const doneOn = isOpen ? null : addDays(dueOn!, -random.int(-3, 2));
      tasks.push({
        id: random.uuid(), accountId: account.id, assigneeId: account.ownerId, title: template.title, reason: template.reason,
        dueOn, status: isOpen ? 'open' : 'done', source: template.source,
        createdAt: atJapanTime(createdOn < input.today ? createdOn : addDays(input.today, -1), 9, random.int(0, 59)),
        doneAt: doneOn === null ? null : atJapanTime(doneOn > input.today ? input.today : doneOn, 17, random.int(0, 59)),
      });
    }
  }
  return tasks;
}
