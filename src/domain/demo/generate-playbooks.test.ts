import { describe, expect, it } from 'vitest';
import { PlaybookDefinition } from '../playbooks/playbook.js';
import { generateDemoWorkspace } from './generate-demo.js';
import { demoPlaybooks, generatePlaybookRuns } from './generate-playbooks.js';

const demo = generateDemoWorkspace({ seed: 5301, today: '2026-04-01', accountCount: 120 });
const playbooks = demoPlaybooks(demo.today);
const runs = generatePlaybookRuns(demo, playbooks);

describe('demo playbooks', () => {
  it('are valid definitions', () => {
    for (const p of playbooks) expect(PlaybookDefinition.safeParse(p).success, p.name).toBe(true);
    expect(playbooks.filter((p) => p.enabled)).toHaveLength(5);
  });

  it('fire the health playbooks far more often for struggling accounts', () => {
    const health = new Map(demo.truth.map((t) => [t.accountId, t.trueHealth]));
    const rate = (low: boolean) => {
      const accounts = demo.truth.filter((t) => t.firstPaidOn !== null && t.churnedOn === null && (t.trueHealth < 0.45) === low);
      const fired = new Set(runs.filter((r) => r.playbookId === playbooks[0]!.id && (health.get(r.accountId)! < 0.45) === low).map((r) => r.accountId));
      return fired.size / Math.max(1, accounts.length);
    };
    expect(rate(true)).toBeGreaterThan(rate(false) * 2);
  });

  it('keeps one open episode at most per playbook and account, event runs closed at once, and is deterministic', () => {
    const open = runs.filter((r) => r.closedAt === null).map((r) => `${r.playbookId} ${r.accountId}`);
    expect(new Set(open).size).toBe(open.length);
    for (const r of runs.filter((x) => x.playbookId === playbooks[3]!.id)) expect(r.closedAt).toBe(r.firedAt);
    expect(generatePlaybookRuns(demo, playbooks)).toEqual(runs);
    expect(runs.every((r) => r.firedAt.slice(0, 10) < demo.today)).toBe(true);
  });
});
