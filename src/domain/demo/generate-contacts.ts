/**
 * The people at a customer: an executive sponsor (recorded more often at healthy accounts —
 * the stakeholder map is thinner where the relationship is weak), a champion and other
 * managers, and end users, with titles in the department that runs the use case, the agreed
 * contact cadence and channel for executives and managers, and short qualitative notes.
 */
import type { ContactChannel, ContactLevel, ContactRole } from '../accounts/fields.js';
import type { AccountProfile } from './account-profiles.js';
import { addDays, minDate, type IsoDate } from './calendar.js';
import { DEPARTMENTS, END_USER_TITLES, EXECUTIVE_TITLES, MANAGER_TITLES } from './catalog.js';
import type { DemoContact } from './demo-types.js';
import { executiveCoverageChance } from './health-drivers.js';
import { pickPersonName } from './person-names.js';
import type { Random } from './random.js';

const USE_CASE_DEPARTMENT: Record<string, string> = {
  営業案件管理: '営業部',
  顧客サポート: 'カスタマーサポート部',
  ワークフロー電子化: '総務部',
  社内ナレッジ共有: 'DX推進室',
  プロジェクト管理: '業務改革部',
  契約管理: '法務部',
};

const NOTES: Record<ContactRole, { good: readonly string[]; poor: readonly string[] }> = {
  decision_maker: {
    good: ['決裁者。費用対効果を数字で示すと話が早い。', '年度予算は2月に確定。全社展開に前向き。', 'DX推進の旗振り役。定例には毎回参加。'],
    poor: ['決裁者だが導入経緯を詳しく知らない。要関係構築。', 'コスト削減の方針が出ており、ツール見直しの可能性あり。', '面談の調整がつきにくい。秘書経由で依頼。'],
  },
  champion: {
    good: ['社内展開に積極的。活用事例の共有にも協力的。', '操作に詳しく、社内の問い合わせ窓口になっている。', 'ユーザー会への登壇に前向き。'],
    poor: ['前任者から引き継いだばかりで、製品理解はこれから。', '多忙で返信が遅れがち。チャットの方が反応が良い。', '社内で他ツールとの比較検討を進めている様子。'],
  },
  project_member: {
    good: ['導入プロジェクトの実務担当。設定変更はこの方に依頼。'],
    poor: ['兼務のため対応工数が限られている。'],
  },
  end_user: {
    good: ['ヘビーユーザー。機能要望をよくいただく。'],
    poor: ['ログイン頻度が低い。操作研修の再実施を検討。'],
  },
};

interface ContactDraft {
  level: ContactLevel;
  role: ContactRole;
  title: string;
}

export function generateContacts(
  random: Random, ids: Random, profile: AccountProfile, accountCreatedOn: IsoDate, today: IsoDate,
): DemoContact[] {
  const drafts = contactDrafts(random, profile);
  const usedEmails = new Set<string>();
  return drafts.map((draft, index) => {
    const person = pickPersonName(random);
    const local = emailLocalPart(random, person.givenRomaji, person.familyRomaji, usedEmails);
    const cadence = cadenceOf(random, draft, profile);
    // The sponsor and the champion come with the handoff; others are added as the CSM meets them.
    const createdOn = minDate(addDays(accountCreatedOn, index < 2 ? 0 : random.int(1, 60)), today);
    const h = profile.trueHealth;
    const notes = random.chance(0.35) ? random.pick(NOTES[draft.role][random.chance(h) ? 'good' : 'poor']) : null;
    return {
      id: ids.uuid(),
      accountId: profile.id,
      name: person.name,
      nameReading: person.reading,
      email: `${local}@${profile.company.domainStem}.example`,
      phone: random.chance(0.6) ? phoneNumber(random, profile.region.areaCode) : null,
      title: draft.title,
      level: draft.level,
      role: draft.role,
      notes,
      cadenceDays: cadence?.days ?? null,
      channel: cadence?.channel ?? null,
      createdAt: `${createdOn}T10:00:00+09:00`,
    };
  });
}

function contactDrafts(random: Random, profile: AccountProfile): ContactDraft[] {
  const [low, high] = profile.size.contacts;
  const count = profile.kind === 'prospect' ? random.int(1, 2) : random.int(low, high);
  const department = USE_CASE_DEPARTMENT[profile.useCase] ?? random.pick(DEPARTMENTS);
  const small = profile.size.band === '1-49' || profile.size.band === '50-99';
  const drafts: ContactDraft[] = [];
  const hasExecutive = random.chance(executiveCoverageChance(profile.trueHealth));
  if (hasExecutive) {
    const title = small && random.chance(0.6) ? '代表取締役' : random.pick(EXECUTIVE_TITLES.filter((t) => t !== '代表取締役'));
    drafts.push({ level: 'executive', role: 'decision_maker', title });
  }
  drafts.push({ level: 'manager', role: hasExecutive ? 'champion' : 'decision_maker', title: `${department} ${random.pick(MANAGER_TITLES)}` });
  while (drafts.length < count) {
    if (drafts.length < 3 && random.chance(0.5)) {
      drafts.push({ level: 'manager', role: hasExecutive || drafts.length > 1 ? 'project_member' : 'champion', title: `${random.pick(DEPARTMENTS)} ${random.pick(MANAGER_TITLES)}` });
    } else {
      drafts.push({ level: 'end_user', role: random.chance(0.7) ? 'end_user' : 'project_member', title: `${department} ${random.pick(END_USER_TITLES)}` });
    }
  }
  return drafts.slice(0, Math.max(count, 1));
}

/** Executives are met quarterly (half-yearly at small accounts), champions monthly; end users have no agreed cadence. */
function cadenceOf(random: Random, draft: ContactDraft, profile: AccountProfile): { days: number; channel: ContactChannel } | null {
  const large = profile.plan === 'Pro' || profile.plan === 'Enterprise';
  if (draft.level === 'executive') {
    return { days: large ? 90 : 180, channel: random.chance(0.6) ? 'meeting' : 'online_meeting' };
  }
  if (draft.level === 'manager') {
    const key = draft.role === 'champion' || draft.role === 'decision_maker';
    const days = key ? (profile.plan === 'Enterprise' ? 14 : large ? 30 : 60) : 60;
    const channel = random.weighted<ContactChannel>([['online_meeting', 40], ['email', 25], ['chat', 20], ['phone', 15]]);
    return { days, channel };
  }
  return null;
}

function emailLocalPart(random: Random, given: string, family: string, used: Set<string>): string {
  const patterns = [`${given}.${family}`, `${family}.${given}`, `${given.charAt(0)}-${family}`, `${family}`];
  let local = random.pick(patterns);
  for (let n = 2; used.has(local); n++) local = `${given}.${family}${n}`;
  used.add(local);
  return local;
}

function phoneNumber(random: Random, areaCode: string): string {
  const middle = areaCode.length === 2 ? random.int(1000, 9999) : random.int(100, 999);
  return `${areaCode}-${middle}-${String(random.int(0, 9999)).padStart(4, '0')}`;
}
