/**
 * Converting a line's MRR into the workspace's base currency (reference/metrics.md,
 * "currency"): at the rate in force at the start of the service period — the dated rate
 * with the latest `validFrom` on or before that day, else the workspace's fixed map.
 * A currency with no rate at all converts to nothing and is reported, never guessed.
 */
import { MINOR_DIGITS } from '../money/currency.js';
import { toDayNumber } from './day-numbers.js';
import type { CurrencyContext } from './metric-inputs.js';

export interface Converter {
  /** base-currency minor units per minor unit of `currency` on `day`, or null when no rate is known */
  factorOn(currency: string, day: number): number | null;
  /** currencies met without any rate */
  readonly missing: ReadonlySet<string>;
}

interface RateStep {
  day: number;
  rate: number;
}

/** A converter over the workspace's rates. @example makeConverter(ctx).factorOn('USD', toDayNumber('2025-04-01')) */
export function makeConverter(ctx: CurrencyContext): Converter {
  const dated = new Map<string, RateStep[]>();
  for (const r of ctx.datedRates) {
    const list = dated.get(r.currency) ?? [];
    list.push({ day: toDayNumber(r.validFrom), rate: r.rate });
    dated.set(r.currency, list);
  }
  for (const list of dated.values()) list.sort((a, b) => a.day - b.day);
  const missing = new Set<string>();
  const baseDigits = MINOR_DIGITS[ctx.baseCurrency] ?? 0;
  return {
    missing,
    factorOn(currency, day) {
      if (currency === ctx.baseCurrency) return 1;
      const rate = rateOn(dated.get(currency), day) ?? ctx.fixedRates[currency];
      const digits = MINOR_DIGITS[currency];
      if (rate === undefined || digits === undefined) {
        missing.add(currency);
        return null;
      }
      return rate * 10 ** (baseDigits - digits);
    },
  };
}

function rateOn(steps: readonly RateStep[] | undefined, day: number): number | undefined {
  if (!steps) return undefined;
  let found: number | undefined;
  for (const step of steps) {
    if (step.day > day) break;
    found = step.rate;
  }
  return found;
}

/**
 * A function turning base-currency minor units into major units of `currency` on `day`
 * (e.g. yen ACV into dollars for USD bands), or null when no rate is known.
 */
export function toMajorUnitsOf(converter: Converter, currency: string, day: number): ((baseMinor: number) => number) | null {
  const factor = converter.factorOn(currency, day);
  const digits = MINOR_DIGITS[currency];
  if (factor === null || factor <= 0 || digits === undefined) return null;
  return (baseMinor) => baseMinor / factor / 10 ** digits;
}
