/**
 * ACV distribution (reference/metrics.md, "ACV"; WE-15): each paying account's annual
 * recurring value — 12 × its MRR, one-time fees never being part of MRR — counted in the
 * published bands: HiCustomer's yen bands (Japan) and SaaS Capital's dollar bands.
 */
import { ACV_JP, SAAS_CAPITAL_BY_ACV, SOURCES, type Source, type Text } from '../benchmarks/published-figures.js';
import { lastIndexBefore } from './day-numbers.js';
import type { AccountLedger } from './account-ledger.js';

export interface AcvBandCount {
  key: string;
  label: Text;
  /** bounds in major units of the band set's currency; max exclusive */
  min: number | null;
  max: number | null;
  accounts: number;
  share: number | null;
  /** ACV of the accounts in the band, base-currency minor units */
  acvTotal: number;
  /** share of surveyed companies in this band, when published */
  publishedShare: number | null;
}

export interface AcvBandSet {
  id: string;
  currency: string;
  source: Source;
  bands: AcvBandCount[];
}

export interface AcvStats {
  accounts: number;
  /** base-currency minor units */
  total: number;
  mean: number | null;
  median: number | null;
  p25: number | null;
  p75: number | null;
}

/** ACV of every account paying at the end of the day before `closeDay`, base-currency minor units. */
export function accountAcvs(ledgers: readonly AccountLedger[], closeDay: number): Array<{ accountId: string; acv: number }> {
  const out: Array<{ accountId: string; acv: number }> = [];
  for (const l of ledgers) {
    const i = lastIndexBefore(l.days, closeDay);
    if (i >= 0 && (l.mrr[i] as number) > 0) out.push({ accountId: l.accountId, acv: 12 * (l.mrr[i] as number) });
  }
  return out;
}

export function acvStats(acvs: readonly number[]): AcvStats {
  const sorted = [...acvs].sort((a, b) => a - b);
  const total = sorted.reduce((s, v) => s + v, 0);
  return {
    accounts: sorted.length, total, mean: sorted.length > 0 ? total / sorted.length : null,
    median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75),
  };
}

/** Linear interpolation between closest ranks; null for no values. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

type BandDef = { key: string; min: number | null; max: number | null; label: Text; share?: number | null };

/** The band sets the ACVs can be placed in; `toMajor` converts base minor units into a currency's major units (null: no rate). */
export function acvBandSets(acvs: readonly number[], toMajor: (currency: string) => ((baseMinor: number) => number) | null): AcvBandSet[] {
  const sets: Array<{ id: string; currency: string; source: Source; bands: readonly BandDef[] }> = [
    { id: ACV_JP.id, currency: 'JPY', source: ACV_JP.source, bands: ACV_JP.bands },
    { id: 'saas-capital-2023-acv', currency: 'USD', source: SOURCES.saasCapital2023, bands: SAAS_CAPITAL_BY_ACV },
  ];
  return sets.flatMap((set) => {
    const convert = toMajor(set.currency);
    if (!convert) return [];
    const bands = set.bands.map((b) => ({
      key: b.key, label: b.label, min: b.min, max: b.max, accounts: 0, share: null as number | null, acvTotal: 0, publishedShare: b.share ?? null,
    }));
    for (const acv of acvs) {
      const major = convert(acv);
      const band = bands.find((b) => (b.min === null || major >= b.min) && (b.max === null || major < b.max));
      if (!band) continue;
      band.accounts += 1;
      band.acvTotal += acv;
    }
    for (const b of bands) b.share = acvs.length > 0 ? b.accounts / acvs.length : null;
    return [{ id: set.id, currency: set.currency, source: set.source, bands }];
  });
}
