import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from './generate-demo.js';
import { generateHandoffs } from './generate-handoffs.js';
import { scoreCompleteness } from '../handoffs/completeness.js';

const demo = generateDemoWorkspace({ seed: 5602, today: '2026-04-01', accountCount: 300 });
const handoffs = generateHandoffs(demo);
const truthOf = new Map(demo.truth.map((t) => [t.accountId, t]));

describe('demo handoffs', () => {
  it('is the same for the same seed, and stores the completeness the scorer gives', () => {
    expect(generateHandoffs(demo)).toEqual(handoffs);
    for (const h of handoffs) expect(h.completeness).toBe(scoreCompleteness(h.content).score);
  });

  it('follows true health: the healthiest third writes fuller handoffs than the least healthy third', () => {
    const sorted = [...handoffs].sort((a, b) => (truthOf.get(a.accountId)?.trueHealth ?? 0) - (truthOf.get(b.accountId)?.trueHealth ?? 0));
    const third = Math.floor(sorted.length / 3);
    const mean = (list: typeof handoffs) => list.reduce((s, h) => s + h.completeness, 0) / list.length;
    expect(mean(sorted.slice(-third)) - mean(sorted.slice(0, third))).toBeGreaterThan(15);
  });

  it('has drafts and pending handoffs only among recent deals, returned ones with questions, and a history in time order', () => {
    const statuses = new Set(handoffs.map((h) => h.status));
    expect([...statuses].sort()).toEqual(['accepted', 'draft', 'returned', 'submitted']);
    for (const h of handoffs) {
      if (h.status === 'returned') expect(h.reviewNote).toMatch(/？|。/);
      if (h.status === 'draft') expect(h.submittedAt).toBeNull();
      const times = h.events.map((e) => e.at);
      expect(times).toEqual([...times].sort());
      expect(h.events[0]?.event).toBe('handoff.created');
    }
  });
});
