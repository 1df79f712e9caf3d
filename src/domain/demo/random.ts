/**
 * The demo generator's seeded randomness: a small-state chaotic generator (sfc32 design,
 * 128-bit state) seeded from a hash of (seed, label). Each concern draws from its own
 * labelled stream (`fork`), so adding a new kind of demo data later, or drawing one more
 * number in one account, leaves every other stream — and so every other row — unchanged.
 */

/** Four 32-bit words from a string: four differently seeded multiply-xor lanes, each avalanched. */
export function hash128(text: string): [number, number, number, number] {
  const lanes = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f];
  const out = lanes.map((start, lane) => {
    let h = (start ^ Math.imul(lane + 1, 0x165667b1)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193 + lane * 2);
      h = (h << 13) | (h >>> 19);
    }
    return avalanche(h ^ text.length);
  });
  return [out[0] ?? 0, out[1] ?? 0, out[2] ?? 0, out[3] ?? 0];
}

function avalanche(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const HEX = '0123456789abcdef';

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly key: string) {
    [this.a, this.b, this.c, this.d] = hash128(key);
    // The first outputs of a freshly seeded state are still correlated with the seed.
    for (let i = 0; i < 16; i++) this.nextUint32();
  }

  /** An independent stream named `label`, derived from this stream's key (not from its position). */
  fork(label: string | number): Random {
    return new Random(`${this.key}/${label}`);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4_294_967_296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** Normally distributed (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }

  /** A version-4-shaped UUID drawn from this stream, so the same seed gives the same ids. */
  uuid(): string {
    let hex = '';
    for (let i = 0; i < 4; i++) hex += this.nextUint32().toString(16).padStart(8, '0');
    const variant = HEX[8 + (parseInt(hex[16] ?? '0', 16) & 3)] ?? '8';
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  /** A random string over `alphabet`. */
  token(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)] ?? '';
    return out;
  }
}

/** The root stream of a demo seed, named by `label` (e.g. 'accounts'). */
export function createRandom(seed: number, label: string): Random {
  return new Random(`kizuna-demo:${seed}:${label}`);
}
