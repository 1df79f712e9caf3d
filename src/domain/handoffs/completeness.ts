/**
 * The completeness score of a handoff, 0–100, and what is missing.
 *
 * Weights favour the three things CS most often lacks after a handoff. HiCustomer's カスタマー
 * サクセス白書2023 measured the gap between the information CS wants and what sales gives it:
 * the customer's goals/KPIs 23.5 points, the decision maker 20.8, the other stakeholders 19.3 —
 * the three largest gaps. Those sections carry 25, 20 and 20 points (65 of 100, roughly in the
 * order of the gaps); the contract facts 15 (mostly known from billing already), the timeline 10,
 * the risks and the promises 5 each.
 *
 * Inside a section, credit is partial and the rules are written next to each section below; an
 * empty risks or promises list counts only when sales says explicitly there are none, since an
 * empty list alone cannot tell "none" from "not filled".
 */
import type { HandoffContent, HandoffSection } from './content.js';

export const SECTION_WEIGHTS = {
  goals: 25,
  decisionMaker: 20,
  stakeholders: 20,
  contract: 15,
  timeline: 10,
  risks: 5,
  promises: 5,
} as const satisfies Record<HandoffSection, number>;

/** Something a section lacks, as `section.item` keys the UI translates (handoffs.missing.<key>). */
export type MissingItem =
  | 'goals.none' | 'goals.kpi' | 'goals.target'
  | 'decisionMaker.name' | 'decisionMaker.title' | 'decisionMaker.cares'
  | 'stakeholders.none' | 'stakeholders.role' | 'stakeholders.notes'
  | 'contract.plan' | 'contract.seats' | 'contract.amount' | 'contract.start' | 'contract.renewal'
  | 'timeline.goLive' | 'timeline.milestones'
  | 'risks.none' | 'promises.none';

export interface SectionScore {
  section: HandoffSection;
  /** points earned, with one decimal */
  points: number;
  weight: number;
  missing: MissingItem[];
}

export interface Completeness {
  /** 0–100, rounded to a whole number */
  score: number;
  sections: SectionScore[];
  /** every missing item, heaviest section first */
  missing: MissingItem[];
}

interface Part { fraction: number; missing: MissingItem[] }

const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Goals: 40% for naming at least one goal, 60% for the share of named goals with both a KPI and a target. */
function goalsPart(c: HandoffContent): Part {
  const named = c.goals.filter((g) => filled(g.goal));
  if (named.length === 0) return { fraction: 0, missing: ['goals.none'] };
  const measured = named.filter((g) => filled(g.kpi) && filled(g.target)).length;
  const missing: MissingItem[] = [];
  if (named.some((g) => !filled(g.kpi))) missing.push('goals.kpi');
  if (named.some((g) => !filled(g.target))) missing.push('goals.target');
  return { fraction: 0.4 + 0.6 * share(measured, named.length), missing };
}

/** Decision maker: who (a contact or a name) 40%, their title 20%, what they care about 40%. */
function decisionMakerPart(c: HandoffContent): Part {
  const d = c.decisionMaker;
  const parts: Array<[boolean, number, MissingItem]> = [
    [d.contactId !== null || filled(d.name), 0.4, 'decisionMaker.name'],
    [filled(d.title), 0.2, 'decisionMaker.title'],
    [filled(d.cares), 0.4, 'decisionMaker.cares'],
  ];
  return {
    fraction: parts.reduce((sum, [ok, w]) => sum + (ok ? w : 0), 0),
    missing: parts.filter(([ok]) => !ok).map(([, , item]) => item),
  };
}

/** Stakeholders: 40% for naming one; 30% for the share with a role, 30% for the share with notes. */
function stakeholdersPart(c: HandoffContent): Part {
  const named = c.stakeholders.filter((s) => s.contactId !== null || filled(s.name));
  if (named.length === 0) return { fraction: 0, missing: ['stakeholders.none'] };
  const withRole = named.filter((s) => filled(s.role)).length;
  const withNotes = named.filter((s) => filled(s.notes)).length;
  const missing: MissingItem[] = [];
  if (withRole < named.length) missing.push('stakeholders.role');
  if (withNotes < named.length) missing.push('stakeholders.notes');
  return { fraction: 0.4 + 0.3 * share(withRole, named.length) + 0.3 * share(withNotes, named.length), missing };
}

/** Contract: plan, seats, annual amount, start and renewal, a fifth each; special terms are optional (blank = none). */
function contractPart(c: HandoffContent): Part {
  const k = c.contract;
  const parts: Array<[boolean, MissingItem]> = [
    [filled(k.plan), 'contract.plan'],
    [k.seats !== null, 'contract.seats'],
    [k.annualAmount !== null, 'contract.amount'],
    [k.startOn !== null, 'contract.start'],
    [k.renewalOn !== null, 'contract.renewal'],
  ];
  return { fraction: parts.filter(([ok]) => ok).length / parts.length, missing: parts.filter(([ok]) => !ok).map(([, item]) => item) };
}

/** Timeline: the go-live date 60%, at least one titled milestone 40%. */
function timelinePart(c: HandoffContent): Part {
  const goLive = c.timeline.goLiveOn !== null;
  const milestones = c.timeline.milestones.some((m) => filled(m.title));
  const missing: MissingItem[] = [];
  if (!goLive) missing.push('timeline.goLive');
  if (!milestones) missing.push('timeline.milestones');
  return { fraction: (goLive ? 0.6 : 0) + (milestones ? 0.4 : 0), missing };
}

function listPart(items: string[], statedNone: boolean, missing: MissingItem): Part {
  return items.some(filled) || statedNone ? { fraction: 1, missing: [] } : { fraction: 0, missing: [missing] };
}

const PARTS: Record<HandoffSection, (c: HandoffContent) => Part> = {
  goals: goalsPart,
  decisionMaker: decisionMakerPart,
  stakeholders: stakeholdersPart,
  contract: contractPart,
  timeline: timelinePart,
  risks: (c) => listPart(c.risks.map((r) => r.risk), c.noKnownRisks, 'risks.none'),
  promises: (c) => listPart(c.promises.map((p) => p.promise), c.noPromises, 'promises.none'),
};

/**
 * @example scoreCompleteness(emptyHandoffContent()).score === 0
 */
export function scoreCompleteness(content: HandoffContent): Completeness {
  const sections = (Object.keys(SECTION_WEIGHTS) as HandoffSection[]).map((section): SectionScore => {
    const part = PARTS[section](content);
    const weight = SECTION_WEIGHTS[section];
    return { section, points: Math.round(part.fraction * weight * 10) / 10, weight, missing: part.missing };
  });
  const exact = sections.reduce((sum, s) => sum + s.points, 0);
  return { score: Math.min(100, Math.max(0, Math.round(exact))), sections, missing: sections.flatMap((s) => s.missing) };
}
