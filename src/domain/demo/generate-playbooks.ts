/**
 * The demo workspace's playbooks and their past runs. Six playbooks a CS team sets up first
 * (health drop follow-up, renewal preparation, usage fall, adopt-phase story, an internal Slack
 * alert — left switched off, its URL is an example — and the high-touch cadence), and a quarter of
 * runs: struggling accounts (low hidden true health) fire the health and usage playbooks far more
 * often, healthy ones the adopt and renewal ones. Runs of the last two weeks of state triggers are
 * still open (waiting to recover); older ones closed a few days to weeks after firing.
 * Pure: the same seed and `today` give the same rows.
 */
import type { PlaybookDefinition } from '../playbooks/playbook.js';
import type { ActionResult } from '../playbooks/action.js';
import { addDays, atJapanTime, type IsoDate } from './calendar.js';
import type { AccountTruth, DemoAccount } from './demo-types.js';
import { DEMO_TEMPLATE_IDS } from './generate-templates.js';
import { createRandom, type Random } from './random.js';

export interface DemoPlaybook extends PlaybookDefinition {
  id: string;
  key: DemoPlaybookKey;
  createdAt: string;
}

export interface DemoPlaybookRun {
  id: string;
  playbookId: string;
  accountId: string;
  episodeKey: string;
  firedAt: string;
  closedAt: string | null;
  detail: Record<string, unknown>;
  results: ActionResult[];
}

export type DemoPlaybookKey = 'healthDrop' | 'renewal' | 'usageDrop' | 'adoptStory' | 'redAlert' | 'highTouchCadence';

const id = (n: number) => `00000000-0000-4000-8000-0000000fb${String(n).padStart(3, '0')}`;

export function demoPlaybooks(today: IsoDate): DemoPlaybook[] {
  const createdAt = atJapanTime(addDays(today, -120), 10, 0);
  const base = { description: null, enabled: true, conditions: { all: [] }, tierKeys: [] as string[], phaseKeys: [] as string[], createdAt };
  const task = (title: string, dueInDays: number) => ({ type: 'create_task' as const, title, dueInDays, assignee: 'owner' as const });
  return [
    { ...base, id: id(1), key: 'healthDrop', name: 'ヘルス急落フォロー', description: '2週間でヘルススコアが15点以上下がった顧客に、担当CSMがすぐ連絡する',
      trigger: { type: 'health_drop', points: 15, days: 14 },
      actions: [task('ヘルス低下のフォローコール', 2), { type: 'send_email', templateId: DEMO_TEMPLATE_IDS.healthDropAlert.ja, to: 'owner' }] },
    { ...base, id: id(2), key: 'renewal', name: '更新90日前の準備', description: 'ハイタッチ・ミッドタッチの顧客は更新の90日前から振り返りと更新提案を準備する',
      trigger: { type: 'renewal_within', days: 90 }, tierKeys: ['high', 'mid'],
      actions: [task('更新に向けた振り返りの準備', 14), { type: 'send_email', templateId: DEMO_TEMPLATE_IDS.renewalCheckIn.ja, to: { role: 'decision_maker' } }] },
    { ...base, id: id(3), key: 'usageDrop', name: '利用減少の活用支援', trigger: { type: 'usage_drop', percent: 40 },
      conditions: { all: [{ fact: 'arr', op: 'gte', value: 600_000 }] },
      actions: [task('利用低迷部署への活用支援', 5), { type: 'send_email', templateId: DEMO_TEMPLATE_IDS.usageFollowUp.ja, to: { role: 'champion' } }] },
    { ...base, id: id(4), key: 'adoptStory', name: '活用期入りの事例ヒアリング', trigger: { type: 'phase_entered', phase: 'adopt' },
      actions: [task('活用事例のヒアリング', 21)] },
    { ...base, id: id(5), key: 'redAlert', name: 'ヘルス赤をSlackへ通知', enabled: false, description: 'Webhook URLを自社のSlackに差し替えてから有効にしてください',
      trigger: { type: 'health_band_entered', band: 'red' },
      actions: [{ type: 'webhook', url: 'https://hooks.slack.com/services/T0000/B0000/EXAMPLE', text: ':rotating_light: {{account.name}}（担当：{{owner.name}}）{{trigger.reason}}' }] },
    { ...base, id: id(6), key: 'highTouchCadence', name: 'ハイタッチの定例漏れ防止', trigger: { type: 'no_touch' }, tierKeys: ['high'],
      actions: [task('定例ミーティングの日程調整', 3)] },
  ];
}

interface RunInput {
  seed: number;
  today: IsoDate;
  accounts: readonly DemoAccount[];
  truth: readonly AccountTruth[];
}

const DONE_TASK: ActionResult = { type: 'create_task', status: 'done' };
const QUEUED_MAIL: ActionResult = { type: 'send_email', status: 'queued' };

/** What a playbook's trigger saw on a run (plausible values for the demo). */
function detailFor(key: DemoPlaybookKey, random: Random, firedOn: IsoDate, health: number): Record<string, unknown> {
  switch (key) {
    case 'healthDrop': {
      const from = Math.round((55 + random.next() * 30) * 10) / 10;
      const drop = Math.round((15 + random.next() * 20) * 10) / 10;
      return { score: Math.round((from - drop) * 10) / 10, from, fromDay: addDays(firedOn, -random.int(3, 13)), drop, days: 14 };
    }
    case 'renewal': { const days = random.int(80, 90); return { renewalDate: addDays(firedOn, days), daysToRenewal: days }; }
    case 'usageDrop': {
      const lastWeek = random.int(120, 900);
      const percent = Math.round((40 + random.next() * (health < 0.45 ? 45 : 20)) * 10) / 10;
      return { lastWeek, thisWeek: Math.round(lastWeek * (1 - percent / 100)), percent, event: null };
    }
    case 'adoptStory': return { phase: 'adopt', from: 'onboarding', source: 'rule', at: atJapanTime(firedOn, 3, 0) };
    case 'highTouchCadence': return { kind: 'meeting', lastAt: atJapanTime(addDays(firedOn, -random.int(31, 45)), 15, 0), dueOn: addDays(firedOn, -random.int(1, 10)), daysOverdue: random.int(1, 10) };
    case 'redAlert': return { band: 'red', score: random.int(20, 39) };
  }
}

/** How likely each playbook fired for an account in the quarter, by its hidden true health. */
function chanceOf(key: DemoPlaybookKey, health: number): number {
  const low = health < 0.45;
  const mid = health < 0.7;
  switch (key) {
    case 'healthDrop': return low ? 0.55 : mid ? 0.2 : 0.04;
    case 'usageDrop': return low ? 0.4 : mid ? 0.15 : 0.03;
    case 'renewal': return 0.2;
    case 'adoptStory': return low ? 0.05 : mid ? 0.15 : 0.25;
    case 'highTouchCadence': return low ? 0.3 : 0.12;
    case 'redAlert': return 0;
  }
}

export function generatePlaybookRuns(input: RunInput, playbooks: readonly DemoPlaybook[]): DemoPlaybookRun[] {
  const truthOf = new Map(input.truth.map((t) => [t.accountId, t]));
  const runs: DemoPlaybookRun[] = [];
  for (const account of input.accounts) {
    const truth = truthOf.get(account.id);
    if (!truth || truth.firstPaidOn === null || truth.churnedOn !== null) continue;
    const random = createRandom(input.seed, 'playbook-runs').fork(account.id);
    for (const playbook of playbooks) {
      if (!random.chance(chanceOf(playbook.key, truth.trueHealth))) continue;
      const firedOn = addDays(input.today, -random.int(1, 90));
      const isEvent = playbook.trigger.type === 'phase_entered';
      const firedAt = atJapanTime(firedOn, 3, random.int(0, 59));
      const stillOpen = !isEvent && addDays(firedOn, 14) > input.today;
      const closedOn = addDays(firedOn, random.int(3, 30));
      runs.push({
        id: random.uuid(), playbookId: playbook.id, accountId: account.id,
        episodeKey: isEvent ? random.uuid() : `state:${firedAt}`, firedAt,
        closedAt: isEvent ? firedAt : stillOpen || closedOn >= input.today ? null : atJapanTime(closedOn, 3, 30),
        detail: detailFor(playbook.key, random, firedOn, truth.trueHealth),
        results: playbook.actions.map((a) => (a.type === 'create_task' ? DONE_TASK : QUEUED_MAIL)),
      });
    }
  }
  return runs;
}
