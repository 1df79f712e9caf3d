/**
 * Every API operation declares its guard: a permission (guardedRoute) or an explicit
 * public marker (publicRoute). A route added without either fails here, before it can
 * leak data (STYLE: "every route declares its auth or is explicitly public").
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { PERMISSIONS } from '../../domain/people/roles.js';
import type { AppDeps } from './env.js';

const PUBLIC_OPERATIONS = [
  'get /api/v1/setup', 'post /api/v1/setup', 'post /api/v1/session', 'delete /api/v1/session',
  // Stripe calls it without a session or key; each delivery is authenticated by its Stripe-Signature
  // (HMAC of the raw body with the workspace's signing secret), checked before anything is read.
  'post /api/v1/billing/stripe/webhook/{workspaceId}',
  // A customer opens a shared success plan without an account: the unguessable token (256 random
  // bits, stored as SHA-256, revocable, optionally expiring) is the credential; read-only.
  'get /api/v1/public/success-plans/{token}',
  // A survey recipient answers without an account: the unguessable token (256 random bits) in the
  // invitation link is the credential; it reads and answers that one survey as that one contact,
  // and stops working when the survey closes.
  'get /api/v1/public/surveys/{token}', 'put /api/v1/public/surveys/{token}',
];

async function openApiOperations() {
  const app = createApp({} as AppDeps);
  const res = await app.request('/api/openapi.json');
  const doc = (await res.json()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method} ${path}`, op })));
}

describe('route guards', () => {
  it('gives every operation a known permission or marks it public', async () => {
    const operations = await openApiOperations();
    expect(operations.length).toBeGreaterThan(20);
    const unguarded = operations
      .filter(({ op }) => !(PERMISSIONS as readonly string[]).includes(String(op['x-kizuna-permission'])) && op['x-kizuna-public'] !== true)
      .map(({ key }) => key);
    expect(unguarded).toEqual([]);
  });

  it('keeps the public surface to sign-in and first-run setup', async () => {
    const operations = await openApiOperations();
    const publicOnes = operations.filter(({ op }) => op['x-kizuna-public'] === true).map(({ key }) => key).sort();
    expect(publicOnes).toEqual([...PUBLIC_OPERATIONS].sort());
  });

  it('documents security for every guarded operation', async () => {
    const operations = await openApiOperations();
    const missing = operations.filter(({ op }) => op['x-kizuna-permission'] && !Array.isArray(op.security)).map(({ key }) => key);
    expect(missing).toEqual([]);
  });
});
