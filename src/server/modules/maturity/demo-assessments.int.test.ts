import { expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { describeEachDatabase } from '../../testing/harness.js';
import { signIn } from '../session/session-commands.js';
import { generateAssessments } from '../../../domain/demo/generate-assessments.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';

describeEachDatabase('demo maturity assessments', (h) => {
  it('loads two past assessments a year apart, the later one better, readable through the API', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: 4848, today: '2026-04-01', accountCount: 20, healthHistoryDays: 0, replace: true });
    const { token } = await signIn(db, loaded.adminEmail, loaded.password, h().deps.now());
    const res = await h().app.request('/api/v1/maturity/assessments', { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const body = (await res.json()) as { items: Array<{ assessedOn: string; total: number; author: { name: string } | null }> };
    const [first, later] = generateAssessments({ seed: 4848, today: '2026-04-01' });
    expect(body.items.map((a) => [a.assessedOn, a.total])).toEqual([[later.assessedOn, later.total], [first.assessedOn, first.total]]);
    expect(body.items[0]!.total).toBeGreaterThan(body.items[1]!.total);
    expect(body.items[0]!.author).not.toBeNull();
  }, 120_000);
});
