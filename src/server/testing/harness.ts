/**
 * The integration-test harness: one suite body run against every test database, a real
 * app driven through `app.request()`, and helpers to make a fresh workspace and sign in
 * as any role. Each test builds its own workspace; nothing is shared between tests.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { createDeps } from '../deps.js';
import type { Database } from '../db/connect.js';
import type { AppDeps, AppEnv } from '../http/env.js';
import type { Role } from '../../domain/people/roles.js';
import { createWorkspaceWithAdmin, signIn } from '../modules/session/session-commands.js';
import { SESSION_COOKIE } from '../auth/principal.js';
import { testDatabases } from './databases.js';

export interface Harness {
  database: Database;
  deps: AppDeps;
  app: Hono<AppEnv>;
  /** a fresh workspace with an admin signed in */
  newWorkspace(name?: string): Promise<TestWorkspace>;
}

export interface TestWorkspace {
  id: string;
  admin: Client;
  /** add a member with this role and sign them in */
  as(role: Role): Promise<Client>;
  /** create an API key of this scope and return a client using it */
  withKey(scope: 'full' | 'ingest'): Promise<Client>;
}

export interface Reply<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface Client {
  userId: string | null;
  request<T = any>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  get<T = any>(path: string): Promise<Reply<T>>;
  post<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<Reply<T>>;
  del<T = any>(path: string): Promise<Reply<T>>;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** Run `body` once per test database, each with its own app. */
export function describeEachDatabase(name: string, body: (h: () => Harness) => void): void {
  for (const target of testDatabases()) {
    describe(`${name} [${target.name}]`, () => {
      let harness: Harness | undefined;
      beforeAll(async () => {
        const database = await target.open();
        harness = makeHarness(database);
      }, 60_000);
      afterAll(async () => {
        await harness?.deps.imports.idle();
        await harness?.database.close();
      });
      body(() => {
        if (!harness) throw new Error('harness not ready');
        return harness;
      });
    });
  }
}

export function makeHarness(database: Database, given?: AppDeps): Harness {
  // The health worker of a harness's own deps drains only the workspaces it made: on PostgreSQL
  // every suite shares one database and its queue, and another suite's worker, on its own clock,
  // would otherwise score (and run the first full pass of) this suite's accounts.
  const made: string[] = [];
  const deps = given ?? createDeps(database, { healthWorkspaces: () => made });
  const app = createApp(deps);
  const client = (auth: { cookie?: string; bearer?: string }, userId: string | null): Client => {
    const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const h: Record<string, string> = { ...headers };
      if (auth.cookie) h.cookie = `${SESSION_COOKIE}=${auth.cookie}`;
      if (auth.bearer) h.authorization = `Bearer ${auth.bearer}`;
      let payload: BodyInit | undefined;
      if (body instanceof Uint8Array || typeof body === 'string') payload = body as BodyInit;
      else if (body !== undefined) {
        payload = JSON.stringify(body);
        h['content-type'] = 'application/json';
      }
      const res = await app.request(path, { method, headers: h, ...(payload !== undefined ? { body: payload } : {}) });
      const text = await res.text();
      let parsed: unknown = text;
      try { parsed = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
      return { status: res.status, body: parsed as any, headers: res.headers };
    };
    return {
      userId,
      request,
      get: (p) => request('GET', p),
      post: (p, b) => request('POST', p, b),
      patch: (p, b) => request('PATCH', p, b),
      del: (p) => request('DELETE', p),
    };
  };

  const signInAs = async (email: string, userId: string, workspaceId: string) => {
    const { token } = await signIn(database.db, email, TEST_PASSWORD, deps.now(), workspaceId);
    return client({ cookie: token }, userId);
  };

  return {
    database,
    deps,
    app,
    async newWorkspace(name = 'テスト株式会社') {
      const email = `admin-${randomUUID()}@example.test`;
      const { workspaceId, userId } = await createWorkspaceWithAdmin(database.db, {
        workspaceName: name, name: '管理 太郎', email, password: TEST_PASSWORD, locale: 'ja', baseCurrency: 'JPY', fiscalYearStartMonth: 4,
      }, deps.now(), { allowExisting: true });
      made.push(workspaceId);
      const admin = await signInAs(email, userId, workspaceId);
      return {
        id: workspaceId,
        admin,
        async as(role) {
          const memberEmail = `${role}-${randomUUID()}@example.test`;
          const added = await admin.post('/api/v1/members', { email: memberEmail, name: `${role} member`, role, password: TEST_PASSWORD });
          if (added.status !== 201) throw new Error(`could not add member: ${JSON.stringify(added.body)}`);
          return signInAs(memberEmail, added.body.userId, workspaceId);
        },
        async withKey(scope) {
          const created = await admin.post('/api/v1/api-keys', { name: `${scope} key`, scope });
          if (created.status !== 201) throw new Error(`could not create key: ${JSON.stringify(created.body)}`);
          return client({ bearer: created.body.key }, null);
        },
      };
    },
  };
}
