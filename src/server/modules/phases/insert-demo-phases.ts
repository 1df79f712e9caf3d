/**
 * Writes the demo's roadmap (domain/demo/generate-phases.ts): the phases and checklists, every
 * transition with its timeline entry on the day it happened, the checklist ticks, and each
 * account's place (account_phases, accounts.phase) — all set-based.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/connect.js';
import type { DemoPhases } from '../../../domain/demo/generate-phases.js';
import { insertWithUnnest } from '../demo/unnest-insert.js';

const atJst = (day: string) => new Date(`${day}T10:00:00+09:00`).toISOString();

export async function insertDemoPhases(tx: Tx, workspaceId: string, demo: DemoPhases, today: string): Promise<void> {
  const now = atJst(today);
  const name = new Map(demo.phases.map((p) => [p.key, p.name]));
  await insertWithUnnest(tx, 'phases', workspaceId, [
    { name: 'id', type: 'uuid', value: () => randomUUID() },
    { name: 'key', type: 'text', value: (p) => p.key },
    { name: 'name', type: 'text', value: (p) => p.name },
    { name: 'position', type: 'int', value: (p) => p.position },
    { name: 'criterion', type: 'jsonb', value: (p) => (p.criterion ? JSON.stringify(p.criterion) : null) },
    { name: 'is_onboarding', type: 'boolean', value: (p) => p.isOnboarding },
    { name: 'description', type: 'text', value: (p) => p.description },
    { name: 'created_at', type: 'timestamptz', value: () => now },
    { name: 'updated_at', type: 'timestamptz', value: () => now },
  ], demo.phases);
  const items = demo.phases.flatMap((p) => p.checklist.map((title, i) => ({ id: p.itemIds[i]!, phaseKey: p.key, title, position: (i + 1) * 10 })));
  await insertWithUnnest(tx, 'checklist_items', workspaceId, [
    { name: 'id', type: 'uuid', value: (i) => i.id },
    { name: 'phase_key', type: 'text', value: (i) => i.phaseKey },
    { name: 'title', type: 'text', value: (i) => i.title },
    { name: 'position', type: 'int', value: (i) => i.position },
    { name: 'created_at', type: 'timestamptz', value: () => now },
  ], items);
  const rows = demo.transitions.map((x) => ({ ...x, id: randomUUID(), at: atJst(x.on) }));
  await insertWithUnnest(tx, 'phase_transitions', workspaceId, [
    { name: 'id', type: 'uuid', value: (x) => x.id },
    { name: 'account_id', type: 'uuid', value: (x) => x.accountId },
    { name: 'from_phase', type: 'text', value: (x) => x.from },
    { name: 'to_phase', type: 'text', value: (x) => x.to },
    { name: 'at', type: 'timestamptz', value: (x) => x.at },
    { name: 'source', type: 'text', value: (x) => x.source },
    { name: 'criterion', type: 'jsonb', value: (x) => (x.criterion ? JSON.stringify(x.criterion) : null) },
    { name: 'reason', type: 'text', value: (x) => x.reason },
    { name: 'actor_id', type: 'uuid', value: (x) => x.actorId },
  ], rows);
  const title = new Map(items.map((i) => [i.id, i]));
  const entries = [
    ...rows.map((x) => ({
      accountId: x.accountId, at: x.at, author: x.actorId, event: 'phase.entered',
      data: { from: x.from, to: x.to, source: x.source, reason: x.reason, criterion: x.criterion, name: name.get(x.to) ?? x.to },
    })),
    ...demo.ticks.map((k) => ({
      accountId: k.accountId, at: atJst(k.on), author: k.by, event: 'checklist.checked',
      data: { name: title.get(k.itemId)?.title ?? '', item: title.get(k.itemId)?.title ?? '', phase: title.get(k.itemId)?.phaseKey ?? '' },
    })),
  ];
  await insertWithUnnest(tx, 'activities', workspaceId, [
    { name: 'id', type: 'uuid', value: () => randomUUID() },
    { name: 'account_id', type: 'uuid', value: (e) => e.accountId },
    { name: 'kind', type: 'text', value: () => 'system' },
    { name: 'occurred_at', type: 'timestamptz', value: (e) => e.at },
    { name: 'author_id', type: 'uuid', value: (e) => e.author },
    { name: 'event', type: 'text', value: (e) => e.event },
    { name: 'data', type: 'jsonb', value: (e) => JSON.stringify(e.data) },
  ], entries);
  await insertWithUnnest(tx, 'account_checklist', workspaceId, [
    { name: 'account_id', type: 'uuid', value: (k) => k.accountId },
    { name: 'item_id', type: 'uuid', value: (k) => k.itemId },
    { name: 'done_at', type: 'timestamptz', value: (k) => atJst(k.on) },
    { name: 'done_by', type: 'uuid', value: (k) => k.by },
  ], demo.ticks);
  await insertWithUnnest(tx, 'account_phases', workspaceId, [
    { name: 'account_id', type: 'uuid', value: (p) => p.accountId },
    { name: 'phase_key', type: 'text', value: (p) => p.phaseKey },
    { name: 'entered_at', type: 'timestamptz', value: (p) => atJst(p.enteredOn) },
    { name: 'pinned', type: 'boolean', value: (p) => p.pinned },
    { name: 'pin_reason', type: 'text', value: (p) => p.pinReason },
  ], demo.placements);
  await tx.execute(sql`
    update accounts a set phase = ap.phase_key from account_phases ap
    where a.workspace_id = ${workspaceId}::uuid and ap.workspace_id = a.workspace_id and ap.account_id = a.id`);
}
