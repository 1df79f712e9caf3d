/**
 * Roadmap reports as pure functions over the transition log (phase_transitions):
 * - conversion between consecutive phases over a period: of the accounts that ENTERED phase A
 *   during [from, to], the share that later entered the next phase B, by the end of the period;
 * - time in phase: a stay runs from entering a phase to the next transition of the same account;
 *   completed stays that ENDED within [from, to] give the median and 75th percentile days, and
 *   stays still running are counted with their median days so far;
 * - onboarding completion rate: of the accounts that entered the onboarding phase during
 *   [from, to], the share with every item of the onboarding checklist ticked (see README.md).
 * Instants are ISO strings (UTC); a period's `to` is a whole day, included.
 */

export interface TransitionFact {
  accountId: string;
  toPhase: string;
  /** ISO instant */
  at: string;
}

export interface Period {
  /** YYYY-MM-DD, inclusive */
  from: string;
  /** YYYY-MM-DD, inclusive */
  to: string;
}

const DAY_MS = 86_400_000;
const startOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);
const endOf = (day: string) => startOf(day) + DAY_MS;

/** The q-quantile (0–1) of sorted numbers, interpolating linearly between ranks; null for none. */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * q;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

function byAccount(transitions: readonly TransitionFact[]): Map<string, TransitionFact[]> {
  const map = new Map<string, TransitionFact[]>();
  for (const t of transitions) {
    const list = map.get(t.accountId) ?? [];
    list.push(t);
    map.set(t.accountId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.at.localeCompare(b.at));
  return map;
}

export interface Conversion {
  from: string;
  to: string;
  entered: number;
  converted: number;
  /** converted ÷ entered, null when none entered */
  rate: number | null;
}

/** Conversion between consecutive phases (`phaseKeys` in roadmap order) over a period. */
export function phaseConversions(transitions: readonly TransitionFact[], phaseKeys: readonly string[], period: Period): Conversion[] {
  const start = startOf(period.from);
  const end = endOf(period.to);
  const accounts = byAccount(transitions);
  return phaseKeys.slice(0, -1).map((from, i) => {
    const to = phaseKeys[i + 1]!;
    let entered = 0;
    let converted = 0;
    for (const list of accounts.values()) {
      const entry = list.find((t) => t.toPhase === from && Date.parse(t.at) >= start && Date.parse(t.at) < end);
      if (!entry) continue;
      entered += 1;
      const enteredAt = Date.parse(entry.at);
      if (list.some((t) => t.toPhase === to && Date.parse(t.at) > enteredAt && Date.parse(t.at) < end)) converted += 1;
    }
    return { from, to, entered, converted, rate: entered === 0 ? null : converted / entered };
  });
}

export interface PhaseTime {
  phase: string;
  /** completed stays that ended in the period */
  completed: number;
  medianDays: number | null;
  p75Days: number | null;
  /** stays still running now */
  current: number;
  currentMedianDays: number | null;
}

/**
 * Time in each phase from the transition log, as of `now` (ISO instant). Stays still running
 * are counted only for `customers` when given (a churned account's last stay does not run on).
 */
export function timeInPhase(
  transitions: readonly TransitionFact[], phaseKeys: readonly string[], period: Period, now: string, customers?: ReadonlySet<string>,
): PhaseTime[] {
  const start = startOf(period.from);
  const end = endOf(period.to);
  const done = new Map<string, number[]>();
  const running = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, days: number) => {
    const list = map.get(key);
    if (list) list.push(days);
    else map.set(key, [days]);
  };
  for (const list of byAccount(transitions).values()) {
    list.forEach((t, i) => {
      const next = list[i + 1];
      const enteredAt = Date.parse(t.at);
      if (!next) {
        if (customers && !customers.has(t.accountId)) return;
        push(running, t.toPhase, (Date.parse(now) - enteredAt) / DAY_MS);
        return;
      }
      const leftAt = Date.parse(next.at);
      if (leftAt >= start && leftAt < end) push(done, t.toPhase, (leftAt - enteredAt) / DAY_MS);
    });
  }
  const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return phaseKeys.map((phase) => {
    const d = (done.get(phase) ?? []).sort((a, b) => a - b);
    const r = (running.get(phase) ?? []).sort((a, b) => a - b);
    return {
      phase, completed: d.length, medianDays: round1(quantile(d, 0.5)), p75Days: round1(quantile(d, 0.75)),
      current: r.length, currentMedianDays: round1(quantile(r, 0.5)),
    };
  });
}

export interface OnboardingEntrant {
  accountId: string;
  /** items of the onboarding checklist ticked for the account */
  done: number;
}

export interface OnboardingCompletion {
  entered: number;
  completed: number;
  /** completed ÷ entered; null when nobody entered or the checklist is empty */
  rate: number | null;
}

export function onboardingCompletion(entrants: readonly OnboardingEntrant[], checklistSize: number): OnboardingCompletion {
  const completed = checklistSize > 0 ? entrants.filter((e) => e.done >= checklistSize).length : 0;
  return {
    entered: entrants.length, completed,
    rate: entrants.length === 0 || checklistSize === 0 ? null : completed / entrants.length,
  };
}
