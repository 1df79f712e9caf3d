/**
 * An account's timeline: the creation entry, a note for every contract milestone, the
 * kickoff and onboarding after each start, renewal talks, and routine touches at the rhythm
 * of the account's tier (monthly with QBRs for Pro/Enterprise, every other month for
 * Standard, quarterly e-mail for Starter). True health sets how often the customer answers,
 * the tone of what is logged and how often they complain.
 */
import type { AccountProfile } from './account-profiles.js';
import {
  COMPLAINTS, fillText, MILESTONES, QBR, ROUTINE, UNANSWERED, type Text, type TextSlots, type Tone,
} from './activity-texts.js';
import { addDays, atJapanTime, japaneseMonth, onWeekday, type IsoDate } from './calendar.js';
import type { DemoActivity, DemoActivityKind, DemoContact } from './demo-types.js';
import { answerChance, toneOf } from './health-drivers.js';
import type { Random } from './random.js';
import type { Milestone } from './simulate-history.js';

export interface TimelineInput {
  profile: AccountProfile;
  createdAt: string;
  contacts: readonly DemoContact[];
  milestones: readonly Milestone[];
  /** the sales rep who entered the account */
  salesId: string;
  today: IsoDate;
}

type Tier = 'high' | 'mid' | 'low';
const ONBOARDING_SESSIONS: Record<Tier, number> = { high: 3, mid: 2, low: 1 };
const TOUCH_GAP: Record<Tier, readonly [number, number]> = { high: [24, 36], mid: [40, 70], low: [75, 110] };
const TOUCH_KINDS: Record<Tier, ReadonlyArray<readonly ['meeting' | 'call' | 'email' | 'note', number]>> = {
  high: [['meeting', 50], ['call', 20], ['email', 20], ['note', 10]],
  mid: [['meeting', 30], ['call', 30], ['email', 30], ['note', 10]],
  low: [['email', 60], ['call', 25], ['note', 15]],
};

export function generateTimeline(random: Random, ids: Random, input: TimelineInput): DemoActivity[] {
  return new TimelineWriter(random, ids, input).write();
}

class TimelineWriter {
  private readonly out: DemoActivity[] = [];
  private readonly h: number;

  constructor(private readonly random: Random, private readonly ids: Random, private readonly input: TimelineInput) {
    this.h = input.profile.trueHealth;
  }

  write(): DemoActivity[] {
    const { profile, createdAt, salesId } = this.input;
    this.out.push({
      id: this.ids.uuid(), accountId: profile.id, contactId: null, kind: 'system', occurredAt: createdAt,
      authorId: salesId, subject: null, body: null, event: 'account.created',
    });
    let openedOn: IsoDate | null = null;
    let tier: Tier = 'low';
    for (const m of this.input.milestones) {
      this.milestone(m);
      if (m.kind === 'started' || m.kind === 'reactivated') {
        openedOn = m.on;
        tier = tierOf(m.plan);
        this.onboarding(m, tier);
      } else if (m.kind === 'churned' && openedOn) {
        this.routine(openedOn, m.on, tier, m);
        openedOn = null;
        if (this.random.chance(0.5)) this.log(addDays(m.on, this.random.int(60, 120)), 'email', MILESTONES.win_back, this.champion(), m);
      }
    }
    const last = this.input.milestones[this.input.milestones.length - 1];
    if (openedOn && last) this.routine(openedOn, this.input.today, tier, last);
    return this.out;
  }

  private milestone(m: Milestone): void {
    const decider = this.executive() ?? this.champion();
    switch (m.kind) {
      case 'trial_started':
        this.log(m.on, 'note', MILESTONES.trial_started, this.champion(), m);
        this.log(addDays(m.on, 1), 'email', MILESTONES.trial_welcome, this.champion(), m);
        return;
      case 'renewed':
        this.log(addDays(m.on, -this.random.int(40, 60)), tierOf(m.plan) === 'low' ? 'email' : 'meeting', MILESTONES.renewal_talk, decider, m);
        this.log(m.on, 'note', MILESTONES.renewed, decider, m);
        return;
      case 'churn_notice':
        this.log(m.on, this.random.chance(0.5) ? 'call' : 'note', MILESTONES.churn_notice, decider, m);
        return;
      default:
        this.log(m.on, 'note', MILESTONES[m.kind], this.champion(), m);
    }
  }

  private onboarding(m: Milestone, tier: Tier): void {
    this.log(addDays(m.on, this.random.int(3, 10)), 'meeting', MILESTONES.kickoff, this.executive() ?? this.champion(), m);
    const sessions = m.kind === 'reactivated' ? 1 : ONBOARDING_SESSIONS[tier];
    for (let session = 1; session <= sessions; session++) {
      this.log(addDays(m.on, 14 * session + this.random.int(0, 4)), 'meeting', MILESTONES.onboarding, this.member(), m, session);
    }
  }

  /** Regular touches from the end of onboarding until `until`, at the tier's rhythm. */
  private routine(from: IsoDate, until: IsoDate, tier: Tier, m: Milestone): void {
    const [shortest, longest] = TOUCH_GAP[tier];
    let touch = 0;
    for (let on = addDays(from, 60); on < until; on = addDays(on, this.random.int(shortest, longest))) {
      touch++;
      const tone = toneOf(this.h, this.random.next());
      if (this.random.chance(0.12 * (1 - this.h))) {
        this.log(on, this.random.chance(0.5) ? 'call' : 'note', this.random.pick(COMPLAINTS), this.member(), m);
      } else if (tier === 'high' && touch % 3 === 0) {
        const answered = this.random.chance(answerChance(this.h));
        this.log(on, answered ? 'meeting' : 'note', answered ? QBR[tone] : this.random.pick(UNANSWERED.qbr), this.executive() ?? this.champion(), m);
      } else {
        this.touch(on, tier, tone, m);
      }
    }
  }

  private touch(on: IsoDate, tier: Tier, tone: Tone, m: Milestone): void {
    const kind = this.random.weighted(TOUCH_KINDS[tier]);
    const contact = this.champion();
    if ((kind === 'meeting' || kind === 'call') && !this.random.chance(answerChance(this.h))) {
      this.log(on, kind === 'meeting' ? 'note' : 'call', this.random.pick(UNANSWERED[kind]), contact, m);
      return;
    }
    this.log(on, kind, this.random.pick(ROUTINE[kind][tone]), contact, m);
  }

  private log(
    date: IsoDate, kind: DemoActivityKind, template: readonly [string, string], contact: DemoContact | null,
    m: Milestone, session?: number,
  ): void {
    const day = onWeekday(date);
    // Only the past is logged; the account did not exist before it was entered.
    if (day >= this.input.today || day < this.input.createdAt.slice(0, 10)) return;
    const slots: TextSlots = {
      contact: contact ? `${contact.name.split(' ')[0]}様` : 'ご担当者様',
      plan: m.plan, seats: m.seats, previousSeats: m.previousSeats, previousPlan: m.previousPlan, addOn: m.addOn,
      useCase: this.input.profile.useCase, month: japaneseMonth(addDays(day, -28)), session,
    };
    const text: Text = fillText(this.random, template, slots);
    const hour = kind === 'meeting' ? this.random.int(10, 17) : this.random.int(9, 18);
    this.out.push({
      id: this.ids.uuid(), accountId: this.input.profile.id, contactId: contact?.id ?? null, kind,
      occurredAt: atJapanTime(day, hour, this.random.pick([0, 15, 30, 45])),
      authorId: this.input.profile.ownerId, subject: text.subject, body: text.body, event: null,
    });
  }

  private executive(): DemoContact | null {
    return this.input.contacts.find((c) => c.level === 'executive') ?? null;
  }

  private champion(): DemoContact | null {
    const cs = this.input.contacts;
    return cs.find((c) => c.role === 'champion') ?? cs.find((c) => c.level === 'manager') ?? cs[0] ?? null;
  }

  private member(): DemoContact | null {
    const members = this.input.contacts.filter((c) => c.role === 'project_member' || c.role === 'end_user');
    return members.length > 0 ? this.random.pick(members) : this.champion();
  }
}

function tierOf(plan: string): Tier {
  return plan === 'Enterprise' || plan === 'Pro' ? 'high' : plan === 'Standard' ? 'mid' : 'low';
}
