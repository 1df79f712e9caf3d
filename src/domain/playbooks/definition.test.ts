import { describe, expect, it } from 'vitest';
import { PlaybookDefinition } from './playbook.js';
import { describeFiring } from './describe-firing.js';
import { isEventTrigger, TRIGGER_TYPES, type PlaybookTrigger } from './trigger.js';

const task = { type: 'create_task', title: 'フォロー', dueInDays: 3, assignee: 'owner' } as const;

describe('PlaybookDefinition', () => {
  it('accepts a full definition and fills the defaults', () => {
    const parsed = PlaybookDefinition.parse({ name: '急落フォロー', trigger: { type: 'health_drop', points: 15, days: 14 }, actions: [task] });
    expect(parsed).toMatchObject({ enabled: true, conditions: { all: [] }, tierKeys: [], phaseKeys: [] });
  });

  it('names the field at fault', () => {
    const result = PlaybookDefinition.safeParse({
      name: 'x', trigger: { type: 'health_drop', points: 0, days: 14 },
      actions: [{ type: 'webhook', url: 'ftp://example.test', text: 'hi' }, { type: 'send_email', templateId: 'nope', to: { role: 'boss' } }],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['trigger.points', 'actions.0.url', 'actions.1.templateId', 'actions.1.to']));
  });

  it('needs at least one action', () => {
    expect(PlaybookDefinition.safeParse({ name: 'x', trigger: { type: 'no_touch' }, actions: [] }).success).toBe(false);
  });
});

describe('triggers', () => {
  it('classifies phase entries, detractor answers and custom events as event triggers', () => {
    const events = TRIGGER_TYPES.filter((type) => isEventTrigger({ type } as PlaybookTrigger));
    expect(events).toEqual(['phase_entered', 'nps_detractor', 'custom_event']);
  });

  it('describes a firing in both languages', () => {
    const trigger = { type: 'health_drop', points: 15, days: 14 } as const;
    const detail = { score: 64, from: 82, drop: 18, days: 14 };
    expect(describeFiring(trigger, detail, 'ja')).toBe('ヘルススコアが14日以内に18点低下しました（82→64点）');
    expect(describeFiring(trigger, detail, 'en')).toBe('Health score fell 18 points within 14 days (82 → 64)');
  });
});
