import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../testing/harness.js';
import { SESSION_COOKIE } from '../../auth/principal.js';
import { signIn } from '../session/session-commands.js';
import { loadDemoWorkspace } from '../demo/load-demo.js';
import { DEMO_TEMPLATE_IDS } from '../../../domain/demo/generate-templates.js';

describeEachDatabase('demo email templates', (h) => {
  it('loads eight templates that preview with a real demo account and no empty fields', async () => {
    const { db } = h().database;
    const loaded = await loadDemoWorkspace(db, { seed: 5400, today: '2026-04-01', accountCount: 40, healthHistoryDays: 0, replace: true });
    const { token } = await signIn(db, loaded.adminEmail, loaded.password, new Date(), loaded.workspaceId);
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await h().app.request(`/api/v1${path}`, {
        method, headers: { cookie: `${SESSION_COOKIE}=${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return res.json() as Promise<any>;
    };
    const list = await call('GET', '/email-templates');
    expect(list.items).toHaveLength(8);
    expect(list.items.every((t: { unknownFields: string[] }) => t.unknownFields.length === 0)).toBe(true);
    const alert = await call('GET', `/email-templates/${DEMO_TEMPLATE_IDS.healthDropAlert.ja}`);
    expect(alert.name).toBe('【社内】ヘルス低下のお知らせ');
    const preview = await call('POST', '/email-templates/preview', { subject: alert.subject, body: alert.body, locale: 'ja' });
    // the largest demo account has an owner, a score, a band and a phase: no field renders empty
    expect(preview.account.name).toEqual(expect.any(String));
    for (const field of ['account.name', 'account.arr', 'account.healthScore', 'account.healthBand', 'owner.name', 'workspace.name']) {
      expect(preview.fields[field], field).not.toBeNull();
    }
    expect(preview.subject).toMatch(/^【要対応】.+のヘルスが(赤|黄|緑)になりました（\d+点）$/);
    expect(preview.body).toMatch(/ARR: [\d,]+円/);
  }, 120_000);
});
