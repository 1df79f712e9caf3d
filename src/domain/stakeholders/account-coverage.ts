/**
 * Coverage of one account's relationship: is there an executive sponsor, is there a champion,
 * and how many stakeholders with an agreed frequency are being met within it. The 2018 CS
 * benchmark behind the issue tied high NRR to agreed contact per stakeholder level (issue 7).
 */
import type { ContactLevel, ContactRole } from '../accounts/fields.js';
import { cadenceStatus, type CadenceInput } from './contact-cadence.js';

export interface StakeholderFacts extends CadenceInput {
  level: ContactLevel | null;
  role: ContactRole | null;
}

export const COVERAGE_WARNINGS = ['no_stakeholders', 'no_executive_sponsor', 'no_champion', 'overdue_stakeholders', 'no_cadence_agreed'] as const;
export type CoverageWarning = (typeof COVERAGE_WARNINGS)[number];

export interface AccountCoverage {
  stakeholders: number;
  /** executive-level people or decision makers */
  executiveSponsors: number;
  champions: number;
  hasExecutiveSponsor: boolean;
  hasChampion: boolean;
  /** stakeholders with an agreed contact frequency */
  withCadence: number;
  /** of those, met within it */
  withinCadence: number;
  /** of those, lapsed or never met */
  overdue: number;
  /** withinCadence ÷ withCadence (0–1); null when no frequency is agreed with anyone */
  cadenceShare: number | null;
  /** what to fix, most fundamental first */
  warnings: CoverageWarning[];
}

/** An executive sponsor is someone at the executive level or anyone who makes the decision. */
export function isExecutiveSponsor(s: Pick<StakeholderFacts, 'level' | 'role'>): boolean {
  return s.level === 'executive' || s.role === 'decision_maker';
}

export function accountCoverage(stakeholders: readonly StakeholderFacts[], now: Date): AccountCoverage {
  const executiveSponsors = stakeholders.filter(isExecutiveSponsor).length;
  const champions = stakeholders.filter((s) => s.role === 'champion').length;
  const withCadence = stakeholders.filter((s) => s.cadenceDays);
  const overdue = withCadence.filter((s) => cadenceStatus(s, now).overdue).length;
  const coverage = {
    stakeholders: stakeholders.length,
    executiveSponsors,
    champions,
    hasExecutiveSponsor: executiveSponsors > 0,
    hasChampion: champions > 0,
    withCadence: withCadence.length,
    withinCadence: withCadence.length - overdue,
    overdue,
    cadenceShare: withCadence.length === 0 ? null : (withCadence.length - overdue) / withCadence.length,
  };
  return { ...coverage, warnings: warningsOf(coverage) };
}

function warningsOf(c: Omit<AccountCoverage, 'warnings'>): CoverageWarning[] {
  // With nobody recorded, the other warnings would only repeat the one thing to do.
  if (c.stakeholders === 0) return ['no_stakeholders'];
  const warnings: CoverageWarning[] = [];
  if (!c.hasExecutiveSponsor) warnings.push('no_executive_sponsor');
  if (!c.hasChampion) warnings.push('no_champion');
  if (c.overdue > 0) warnings.push('overdue_stakeholders');
  if (c.withCadence === 0) warnings.push('no_cadence_agreed');
  return warnings;
}
