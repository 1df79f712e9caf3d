/** Tiny timing kit for `npm run bench`: medians over repeated runs, printed as ratios to a baseline. */
export interface Timing {
  name: string;
  medianMs: number;
  runs: number;
}

export async function measure(name: string, fn: () => Promise<unknown>, runs = 15): Promise<Timing> {
  await fn(); // warm-up: plans cached, pages in memory
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[Math.floor(times.length / 2)] ?? 0, runs };
}

export function printTable(title: string, baseline: Timing, rows: Timing[]): void {
  console.log(`\n${title}`);
  console.log(`| case | median ms | × baseline |`);
  console.log(`|---|---:|---:|`);
  for (const row of [baseline, ...rows]) {
    const ratio = baseline.medianMs > 0 ? row.medianMs / baseline.medianMs : NaN;
    console.log(`| ${row.name} | ${row.medianMs.toFixed(2)} | ${ratio.toFixed(1)} |`);
  }
}
