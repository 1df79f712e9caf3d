/**
 * Writing surveys: create (from a template, a definition or blank), edit (what the status
 * allows — domain/surveys/lifecycle.ts), delete a draft, open, close, and duplicate ("run it
 * again next year"). Each command locks the row it changes, checks the rules, and records an
 * audit row in the same transaction. Surveys are workspace data, not one account's, so they
 * put nothing on account timelines; responses do (answer-commands.ts).
 */
import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../../db/connect.js';
import type { Principal } from '../../auth/principal.js';
import { AppError, notFound, type FieldIssue } from '../../errors.js';
import type { SurveyDefinition, SurveyLanguage } from '../../../domain/surveys/definition.js';
import { frozenFieldsOf, nextRunName, SURVEY_FIELDS, type SurveyField, type SurveyStatus } from '../../../domain/surveys/lifecycle.js';
import { blankDefinition, templateOf } from '../../../domain/surveys/templates.js';
import { blocksDraft, validateDefinition, type DefinitionIssue } from '../../../domain/surveys/validate-definition.js';
import { recordAudit } from '../audit/store.js';
import type { CreateSurveyInput, UpdateSurveyInput } from './schema.js';
import { closeDueSurveyRows, deleteSurveyRow, findSurveyRowForUpdate, insertSurvey, updateSurveyRow, type SurveyRow } from './store.js';

const asFields = (issues: DefinitionIssue[]): FieldIssue[] => issues.map((i) => ({ path: `definition.${i.path}`, message: i.message }));

/** The definition's rules for the survey's languages: all of them when opening, else only those that block a draft. */
function checkDefinition(definition: SurveyDefinition, languages: readonly SurveyLanguage[], opening: boolean): void {
  const issues = validateDefinition(definition, languages).filter((i) => opening || blocksDraft(i));
  if (issues.length === 0) return;
  throw new AppError('survey.bad_definition', {
    detail: opening ? 'Fix these before opening the survey: every text in every language, and the rules.' : 'The survey definition breaks some rules.',
    fields: asFields(issues),
  });
}

function checkClosesAt(closesAt: Date | null, now: Date): void {
  if (closesAt && closesAt.getTime() <= now.getTime()) {
    throw new AppError('request.invalid', { detail: 'The planned close must be in the future.', fields: [{ path: 'closesAt', message: 'must be in the future' }] });
  }
}

async function surveyFor(tx: Tx, ws: string, id: string): Promise<SurveyRow> {
  const row = await findSurveyRowForUpdate(tx, ws, id);
  if (!row) throw notFound('survey.not_found', id);
  return row;
}

const wrongState = (row: SurveyRow, what: string) => new AppError('survey.wrong_state', { detail: `A survey that is ${row.status} cannot be ${what}.` });

export async function createSurvey(db: Db, principal: Principal, input: CreateSurveyInput, now: Date): Promise<string> {
  const template = input.template ? templateOf(input.template) : null;
  const definition = input.definition ?? template?.definition ?? blankDefinition();
  const languages = input.languages ?? ['ja', 'en'];
  checkDefinition(definition, languages, false);
  const closesAt = input.closesAt ? new Date(input.closesAt) : null;
  checkClosesAt(closesAt, now);
  const id = randomUUID();
  const kind = input.kind ?? template?.kind ?? 'custom';
  const series = input.series !== undefined ? input.series : template?.series ?? null;
  return db.transaction(async (tx) => {
    await insertSurvey(tx, {
      workspaceId: principal.workspaceId, id, name: input.name, kind, series, status: 'draft', definition, languages,
      emailSubject: input.emailSubject ?? null, emailBody: input.emailBody ?? null, remindAfterDays: input.remindAfterDays ?? null,
      closesAt, createdBy: principal.userId, createdAt: now, updatedAt: now,
    });
    await recordAudit(tx, principal, { action: 'create', entity: 'survey', entityId: id, changes: { name: input.name, kind, series, template: input.template ?? null } }, now);
    return id;
  });
}

/** JSON with object keys sorted: jsonb does not keep key order, so stored and sent values compare by this. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown => (Array.isArray(v) ? v.map(sort)
    : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sort(x)]))
      : v);
  return JSON.stringify(sort(value ?? null));
}

/** The stored value of a field, comparable with the input's (instants as ISO strings). */
function storedValue(row: SurveyRow, field: SurveyField): unknown {
  const value = row[field];
  return value instanceof Date ? value.toISOString() : value;
}

export async function updateSurvey(db: Db, principal: Principal, id: string, input: UpdateSurveyInput, now: Date): Promise<void> {
  const ws = principal.workspaceId;
  await db.transaction(async (tx) => {
    const row = await surveyFor(tx, ws, id);
    const given = SURVEY_FIELDS.filter((f) => input[f] !== undefined);
    const normalised = (f: SurveyField) => (f === 'closesAt' && input.closesAt ? new Date(input.closesAt).toISOString() : input[f]);
    const changed = given.filter((f) => canonical(storedValue(row, f)) !== canonical(normalised(f)));
    if (changed.length === 0) return;
    const frozen = frozenFieldsOf(row.status as SurveyStatus, changed);
    if (frozen.length > 0) {
      throw new AppError('survey.wrong_state', {
        detail: row.status === 'open' ? 'The questions of an open survey are frozen; only its name, close, reminders and emails may change.'
          : 'A closed survey keeps its answers as they are; only its name may change.',
        fields: frozen.map((path) => ({ path, message: `cannot change while ${row.status}` })),
      });
    }
    if (changed.includes('definition') || changed.includes('languages')) {
      checkDefinition(input.definition ?? (row.definition as SurveyDefinition), input.languages ?? (row.languages as SurveyLanguage[]), false);
    }
    const closesAt = input.closesAt === undefined ? undefined : input.closesAt === null ? null : new Date(input.closesAt);
    if (changed.includes('closesAt') && closesAt) checkClosesAt(closesAt, now);
    const patch = Object.fromEntries(changed.map((f) => [f, f === 'closesAt' ? closesAt : input[f]]));
    await updateSurveyRow(tx, ws, id, { ...patch, updatedAt: now });
    const changes = Object.fromEntries(changed.map((f) => [f, f === 'definition' ? 'changed' : [storedValue(row, f) ?? null, normalised(f) ?? null]]));
    await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: id, changes }, now);
  });
}

export async function deleteSurvey(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await surveyFor(tx, principal.workspaceId, id);
    if (row.status !== 'draft') throw wrongState(row, 'deleted (close it instead; its answers stay)');
    await deleteSurveyRow(tx, principal.workspaceId, id);
    await recordAudit(tx, principal, { action: 'delete', entity: 'survey', entityId: id, changes: { name: row.name } }, now);
  });
}

export async function openSurvey(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await surveyFor(tx, principal.workspaceId, id);
    if (row.status !== 'draft') throw wrongState(row, 'opened');
    checkDefinition(row.definition as SurveyDefinition, row.languages as SurveyLanguage[], true);
    checkClosesAt(row.closesAt, now);
    await updateSurveyRow(tx, principal.workspaceId, id, { status: 'open', openedAt: now, updatedAt: now });
    await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: id, changes: { status: ['draft', 'open'] } }, now);
  });
}

export async function closeSurvey(db: Db, principal: Principal, id: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await surveyFor(tx, principal.workspaceId, id);
    if (row.status !== 'open') throw wrongState(row, 'closed');
    await updateSurveyRow(tx, principal.workspaceId, id, { status: 'closed', closedAt: now, updatedAt: now });
    await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: id, changes: { status: ['open', 'closed'] } }, now);
  });
}

/**
 * The same survey again as a new draft in the same series, with its questions, languages,
 * emails and reminder interval; no recipients, no close date. A one-off survey gets a series
 * here (both keep it), so the two runs are compared year over year.
 */
export async function duplicateSurvey(db: Db, principal: Principal, id: string, name: string | undefined, now: Date): Promise<string> {
  const ws = principal.workspaceId;
  return db.transaction(async (tx) => {
    const row = await surveyFor(tx, ws, id);
    let series = row.series;
    if (series === null) {
      series = `survey-${id.slice(0, 8)}`;
      await updateSurveyRow(tx, ws, id, { series });
      await recordAudit(tx, principal, { action: 'update', entity: 'survey', entityId: id, changes: { series: [null, series] } }, now);
    }
    const copy = randomUUID();
    const copyName = name ?? nextRunName(row.name);
    await insertSurvey(tx, {
      workspaceId: ws, id: copy, name: copyName, kind: row.kind, series, status: 'draft', definition: row.definition, languages: row.languages,
      emailSubject: row.emailSubject, emailBody: row.emailBody, remindAfterDays: row.remindAfterDays, createdBy: principal.userId, createdAt: now, updatedAt: now,
    });
    await recordAudit(tx, principal, { action: 'create', entity: 'survey', entityId: copy, changes: { name: copyName, series, duplicatedFrom: id } }, now);
    return copy;
  });
}

/**
 * Closes the open surveys whose planned close has passed (all workspaces), auditing each as a
 * system action. For a worker: returns what it closed.
 */
export async function closeDueSurveys(db: Db, now: Date): Promise<Array<{ workspaceId: string; id: string }>> {
  return db.transaction((tx) => closeDueSurveyRows(tx, now));
}
