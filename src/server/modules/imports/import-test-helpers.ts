/** Helpers for the import integration tests: upload text or bytes, run to the end, read counts. */
import { expect } from 'vitest';
import type { Client, Harness } from '../../testing/harness.js';

export async function upload(client: Client, kind: string, file: string | Uint8Array, filename = 'test.csv') {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  return client.request('POST', `/api/v1/imports?kind=${kind}&filename=${encodeURIComponent(filename)}`, bytes, { 'content-type': 'text/csv' });
}

/** Start a job and wait for the background runner; returns the finished job. */
export async function runToEnd(h: Harness, client: Client, id: string) {
  const started = await client.post(`/api/v1/imports/${id}/run`);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  expect(started.body.status).toBe('running');
  let job = started.body;
  for (let i = 0; i < 200 && job.status === 'running'; i++) {
    await h.deps.imports.idle();
    job = (await client.get(`/api/v1/imports/${id}`)).body;
  }
  return job;
}

/** Upload, then run with the suggested mapping. */
export async function importFile(h: Harness, client: Client, kind: string, file: string | Uint8Array) {
  const uploaded = await upload(client, kind, file);
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  return runToEnd(h, client, uploaded.body.id);
}

export function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';
}
