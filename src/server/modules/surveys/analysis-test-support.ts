/** Fixtures for the analysis suites: paying accounts with contacts, surveys and responses written straight to the tables. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../../db/connect.js';
import type { Harness, TestWorkspace } from '../../testing/harness.js';
import { cxSurveyTemplate } from '../../../domain/surveys/templates.js';

export function daysAgo(days: number, now = new Date()): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** An account paying `mrr` a month on one line from `startedOn`; with `churnOn`, cancelled to end that day. */
export async function customer(
  h: Harness, ws: TestWorkspace, input: { name: string; mrr: number; plan?: string; startedOn?: string; churnOn?: string; contacts: number },
): Promise<{ accountId: string; contactIds: string[] }> {
  const account = await ws.admin.post('/api/v1/accounts', { name: input.name, ...(input.plan ? { plan: input.plan } : {}) });
  expect(account.status, JSON.stringify(account.body)).toBe(201);
  const line = await ws.admin.post('/api/v1/subscriptions', {
    accountId: account.body.id, plan: input.plan ?? 'Pro', quantity: 1, unitPrice: input.mrr, currency: 'JPY', billingInterval: 'month',
    startedOn: input.startedOn ?? daysAgo(800), ...(input.churnOn ? { endsOn: input.churnOn } : {}),
  });
  expect(line.status, JSON.stringify(line.body)).toBe(201);
  if (input.churnOn) {
    const cancelled = await ws.admin.patch(`/api/v1/subscriptions/${line.body.id}`, { status: 'cancelled', effectiveOn: input.churnOn });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  }
  const contacts = await queryRows<{ id: string }>(h.database.db, sql`
    insert into contacts (workspace_id, id, account_id, name)
    select ${ws.id}::uuid, gen_random_uuid(), ${account.body.id}::uuid, '回答者 ' || g from generate_series(1, ${input.contacts}::int) g
    returning id`);
  return { accountId: account.body.id, contactIds: contacts.map((c) => c.id) };
}

/** A CX survey (the ready template) of the cx-annual series. */
export async function insertSurvey(
  h: Harness, ws: TestWorkspace, input: { name: string; openedOn: string; closedOn?: string | null; series?: string | null },
): Promise<string> {
  const id = randomUUID();
  await h.database.db.execute(sql`
    insert into surveys (workspace_id, id, name, kind, series, status, definition, opened_at, closed_at)
    values (${ws.id}::uuid, ${id}::uuid, ${input.name}, 'cx', ${input.series === undefined ? 'cx-annual' : input.series},
      ${input.closedOn ? 'closed' : 'open'}, ${JSON.stringify(cxSurveyTemplate().definition)}::jsonb,
      ${input.openedOn}::timestamp at time zone 'UTC', ${input.closedOn ?? null}::timestamp at time zone 'UTC')`);
  return id;
}

export interface ResponseInput {
  accountId: string;
  contactId: string;
  trouble?: boolean | null;
  consulted?: boolean | null;
  handling?: 'above' | 'as' | 'below' | null;
  csat?: number | null;
  continuation?: number | null;
  nps?: number | null;
  submittedOn: string;
}

/** Responses with their extracted columns, in one statement (the answers json is left empty: the analysis reads the columns). */
export async function insertResponses(h: Harness, ws: TestWorkspace, surveyId: string, rows: ResponseInput[]): Promise<void> {
  const json = JSON.stringify(rows.map((r) => ({
    account_id: r.accountId, contact_id: r.contactId, trouble: r.trouble ?? null, consulted: r.consulted ?? null, handling: r.handling ?? null,
    csat: r.csat ?? null, continuation: r.continuation ?? null, nps: r.nps ?? null, submitted_on: r.submittedOn,
  })));
  await h.database.db.execute(sql`
    insert into survey_responses (workspace_id, id, survey_id, account_id, contact_id, answers, source,
      trouble, consulted, handling, csat, continuation, nps, submitted_at, updated_at)
    select ${ws.id}::uuid, gen_random_uuid(), ${surveyId}::uuid, x.account_id, x.contact_id, '{}'::jsonb, 'api',
      x.trouble, x.consulted, x.handling, x.csat, x.continuation, x.nps,
      x.submitted_on::timestamp at time zone 'UTC', x.submitted_on::timestamp at time zone 'UTC'
    from jsonb_to_recordset(${json}::jsonb) as x(account_id uuid, contact_id uuid, trouble boolean, consulted boolean, handling text,
      csat smallint, continuation smallint, nps smallint, submitted_on date)`);
}

/** The tree's answers of each leaf, for brevity in the suites. */
export const LEAF = {
  no_trouble: { trouble: false },
  not_consulted: { trouble: true, consulted: false },
  above: { trouble: true, consulted: true, handling: 'above' as const },
  as: { trouble: true, consulted: true, handling: 'as' as const },
  below: { trouble: true, consulted: true, handling: 'below' as const },
};
