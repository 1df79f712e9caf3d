/**
 * What sales hands over to CS at deal close (SPEC §3.7): the customer's goals and the KPIs that
 * prove them, the decision maker, the other stakeholders, the contract facts, the timeline, the
 * risks and the promises made. Stored as handoffs.content (jsonb). Every field is optional while
 * the handoff is a draft — how much is filled is what the completeness score measures.
 */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date();

export const HandoffGoal = z.object({
  /** what the customer wants to achieve with the service, in their words */
  goal: text(500).default(''),
  /** how they will measure it */
  kpi: text(200).default(''),
  /** the value they want to reach, e.g. "月40時間 → 10時間" */
  target: text(200).default(''),
});

export const DecisionMaker = z.object({
  /** a contact of the account, when the decision maker is one */
  contactId: z.uuid().nullable().default(null),
  name: text(200).default(''),
  title: text(200).default(''),
  /** what they care about: the criteria they will judge the service by */
  cares: text(2000).default(''),
});

export const Stakeholder = z.object({
  contactId: z.uuid().nullable().default(null),
  name: text(200).default(''),
  /** their part in the project, e.g. 現場リーダー, 情報システム部 */
  role: text(200).default(''),
  /** qualitative notes: stance, influence, what they expect */
  notes: text(2000).default(''),
});

export const ContractFacts = z.object({
  plan: text(200).default(''),
  seats: z.number().int().min(0).max(10_000_000).nullable().default(null),
  /** the contract's annual amount in minor units of `currency` */
  annualAmount: z.number().int().min(0).max(1e15).nullable().default(null),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable().default(null),
  startOn: isoDate.nullable().default(null),
  renewalOn: isoDate.nullable().default(null),
  /** discounts, custom clauses, SLAs beyond the standard; blank = none */
  specialTerms: text(2000).default(''),
});

export const Milestone = z.object({
  title: text(200).default(''),
  dueOn: isoDate.nullable().default(null),
});

export const HandoffTimeline = z.object({
  goLiveOn: isoDate.nullable().default(null),
  milestones: z.array(Milestone).max(30).default([]),
});

export const Risk = z.object({
  risk: text(1000).default(''),
  /** what is planned against it */
  mitigation: text(1000).default(''),
});

export const PromiseMade = z.object({
  promise: text(1000).default(''),
  /** by when it was promised, if a date was given */
  dueOn: isoDate.nullable().default(null),
});

export const HandoffContent = z.object({
  goals: z.array(HandoffGoal).max(20).default([]),
  decisionMaker: DecisionMaker.default(() => DecisionMaker.parse({})),
  stakeholders: z.array(Stakeholder).max(50).default([]),
  contract: ContractFacts.default(() => ContractFacts.parse({})),
  timeline: HandoffTimeline.default(() => HandoffTimeline.parse({})),
  risks: z.array(Risk).max(30).default([]),
  /** sales states there are no known risks (an empty list alone may just be unfilled) */
  noKnownRisks: z.boolean().default(false),
  promises: z.array(PromiseMade).max(30).default([]),
  /** sales states nothing was promised beyond the contract */
  noPromises: z.boolean().default(false),
});
export type HandoffContent = z.infer<typeof HandoffContent>;
export type HandoffContentInput = z.input<typeof HandoffContent>;

export const HANDOFF_SECTIONS = ['goals', 'decisionMaker', 'stakeholders', 'contract', 'timeline', 'risks', 'promises'] as const;
export type HandoffSection = (typeof HANDOFF_SECTIONS)[number];

/** An empty handoff with every section present. */
export function emptyHandoffContent(): HandoffContent {
  return HandoffContent.parse({});
}

/**
 * Stored content read back leniently: anything that no longer parses (an older shape) falls
 * back to the empty section rather than failing the whole handoff.
 */
export function readHandoffContent(raw: unknown): HandoffContent {
  const parsed = HandoffContent.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(HandoffContent.shape)) {
    const field = (schema as z.ZodType).safeParse(source[key]);
    if (field.success) out[key] = field.data;
  }
  return HandoffContent.parse(out);
}
