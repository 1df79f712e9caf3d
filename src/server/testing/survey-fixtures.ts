/** Fixtures shared by the answer suites: an open CX survey with one recipient, and the public API called anonymously. */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Harness, TestWorkspace } from './harness.js';
import { cxSurveyTemplate } from '../../domain/surveys/templates.js';
import { newSurveyToken } from '../modules/surveys/survey-token.js';

export interface SurveyFixture {
  surveyId: string;
  accountId: string;
  contactId: string;
  token: string;
}

/** A CX survey (the template) with one recipient, written straight to the tables so this suite stands alone. */
export async function openSurveyWithRecipient(
  h: Harness, ws: TestWorkspace, options: { status?: string; closesAt?: string | null; language?: string; contactName?: string; email?: string } = {},
): Promise<SurveyFixture> {
  const account = await ws.admin.post('/api/v1/accounts', { name: '株式会社回答テスト' });
  const contact = await ws.admin.post('/api/v1/contacts', {
    accountId: account.body.id, name: options.contactName ?? '佐藤 花子', email: options.email ?? `hanako-${randomUUID()}@example.test`,
  });
  const surveyId = randomUUID();
  const template = cxSurveyTemplate();
  await h.database.db.execute(sql`
    insert into surveys (workspace_id, id, name, kind, series, status, definition, opened_at, closes_at)
    values (${ws.id}::uuid, ${surveyId}::uuid, '顧客満足度調査 2026', 'cx', 'cx-annual', ${options.status ?? 'open'},
            ${JSON.stringify(template.definition)}::jsonb, now(), ${options.closesAt ?? null}::timestamptz)`);
  const token = newSurveyToken(ws.id);
  await h.database.db.execute(sql`
    insert into survey_recipients (workspace_id, id, survey_id, account_id, contact_id, token, language, invited_at)
    values (${ws.id}::uuid, ${randomUUID()}::uuid, ${surveyId}::uuid, ${account.body.id}::uuid, ${contact.body.id}::uuid,
            ${token}, ${options.language ?? 'ja'}, now())`);
  return { surveyId, accountId: account.body.id, contactId: contact.body.id, token };
}

/** The public page's API, called without any session or key. */
export async function publicCall(h: Harness, method: 'GET' | 'PUT', token: string, body?: unknown) {
  const res = await h.app.request(`/api/v1/public/surveys/${encodeURIComponent(token)}`, {
    method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: res.status, headers: res.headers, body: await res.json() as any };
}

