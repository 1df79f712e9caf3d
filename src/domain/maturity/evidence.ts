/**
 * What Kizuna's own data says about each axis, shown beside the questions it bears on. The
 * server gathers plain counts; this turns them into evidence items. Practices Kizuna does not
 * record are "not measured yet" — never a guessed number. Assessments saved before playbooks,
 * onboarding checklists and handoffs existed keep such items in their evidence snapshot.
 */
import { MATURITY_AXES, type MaturityAxis } from './types.js';

/** Counts over the workspace's customers (accounts that are active or paused) as of a day. */
export interface EvidenceCounts {
  customers: number;
  withOwner: number;
  withTouchTier: number;
  /** scorecards with a rule of their own (not the default): health criteria per segment */
  segmentScorecards: number;
  /** customers with a current health score */
  scored: number;
  /** customers with product usage in the last 30 days */
  withRecentUsage: number;
  /** distinct KPIs with a target for a period starting in the last 12 months or later */
  kpisWithTargets: number;
  /** customers with an executive-level contact or a decision maker */
  withExecutiveSponsor: number;
  withChampion: number;
  /** customers with a note, meeting, call or email in the last 90 days */
  touchedIn90Days: number;
  /** notes, meetings, calls and emails on customers in the last 90 days */
  touchesIn90Days: number;
  /** customers whose latest CSM sentiment is not stale */
  withFreshSentiment: number;
  /** customers with at least one outcome goal that is not dropped */
  withGoals: number;
  goals: number;
  /** goals with a measured current value */
  goalsMeasured: number;
  /** playbooks switched on */
  activePlaybooks: number;
  /** playbook firings in the last 90 days */
  playbookRunsIn90Days: number;
  /** handoffs sales has submitted (submitted, returned or accepted) and their mean completeness (0–100) */
  handoffs: number;
  handoffCompletenessSum: number;
  /** customers that entered the onboarding phase in the last 12 months, and of them those whose onboarding checklist is complete */
  onboardingEntrants: number;
  onboardingComplete: number;
}

export type NotMeasuredFeature = 'playbooks' | 'onboarding' | 'handoffs';

export type EvidenceItem =
  | { key: string; question: string; kind: 'share'; numerator: number; denominator: number; value: number | null }
  | { key: string; question: string; kind: 'count'; value: number }
  | { key: string; question: string; kind: 'average'; value: number | null }
  | { key: string; question: string; kind: 'not_measured'; feature: NotMeasuredFeature };

export type Evidence = Record<MaturityAxis, EvidenceItem[]>;

const share = (key: string, question: string, numerator: number, denominator: number): EvidenceItem =>
  ({ key, question, kind: 'share', numerator, denominator, value: denominator === 0 ? null : numerator / denominator });
const count = (key: string, question: string, value: number): EvidenceItem => ({ key, question, kind: 'count', value });

/**
 * @example
 * buildEvidence(counts).outcome // → [{ key: 'customers_with_goals', kind: 'share', value: 0.4, … }, …]
 */
export function buildEvidence(c: EvidenceCounts): Evidence {
  const evidence: Evidence = {
    alignment: [count('kpis_with_targets', 'alignment.kpis', c.kpisWithTargets)],
    team: [share('customers_with_owner', 'team.ownership', c.withOwner, c.customers)],
    segmentation: [
      share('customers_with_tier', 'segmentation.tiers', c.withTouchTier, c.customers),
      count('segment_scorecards', 'segmentation.health', c.segmentScorecards),
    ],
    playbook: [
      count('playbooks_active', 'playbook.defined', c.activePlaybooks),
      count('playbooks_triggered', 'playbook.triggers', c.playbookRunsIn90Days),
    ],
    resources: [
      share('customers_scored', 'resources.data', c.scored, c.customers),
      share('customers_with_usage', 'resources.usage', c.withRecentUsage, c.customers),
    ],
    onboarding: [
      { key: 'handoff_completeness', question: 'onboarding.handoff', kind: 'average', value: c.handoffs === 0 ? null : c.handoffCompletenessSum / c.handoffs },
      share('onboarding_completion', 'onboarding.completion', c.onboardingComplete, c.onboardingEntrants),
    ],
    relationship: [
      share('executive_coverage', 'relationship.map', c.withExecutiveSponsor, c.customers),
      share('champion_coverage', 'relationship.map', c.withChampion, c.customers),
      share('customers_touched', 'relationship.cadence', c.touchedIn90Days, c.customers),
      { key: 'touches_per_customer', question: 'relationship.cadence', kind: 'average', value: c.customers === 0 ? null : c.touchesIn90Days / c.customers },
      share('fresh_sentiment', 'relationship.cadence', c.withFreshSentiment, c.customers),
    ],
    outcome: [
      share('customers_with_goals', 'outcome.defined', c.withGoals, c.customers),
      share('goals_measured', 'outcome.progress', c.goalsMeasured, c.goals),
    ],
  };
  return evidence;
}

/** Every evidence item, flat, in axis order. */
export function evidenceItems(evidence: Evidence): EvidenceItem[] {
  return MATURITY_AXES.flatMap((axis) => evidence[axis]);
}
