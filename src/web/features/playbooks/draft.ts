/** A playbook being edited: the starting point, and a sensible first value for each trigger and action kind. */
import type { PlaybookAction } from '../../../domain/playbooks/action';
import type { PlaybookTrigger } from '../../../domain/playbooks/trigger';
import type { PlaybookInput } from '../../api/playbooks';

export function defaultTrigger(type: PlaybookTrigger['type']): PlaybookTrigger {
  switch (type) {
    case 'health_band_entered': return { type, band: 'red' };
    case 'health_score_below': return { type, value: 50 };
    case 'health_drop': return { type, points: 15, days: 14 };
    case 'phase_entered': return { type, phase: 'adopt' };
    case 'renewal_within': return { type, days: 90 };
    case 'usage_drop': return { type, percent: 50 };
    case 'handoff_incomplete': return { type, below: 60 };
    case 'custom_event': return { type, event: '' };
    default: return { type } as PlaybookTrigger;
  }
}

export function defaultAction(type: PlaybookAction['type'], templateId: string | null): PlaybookAction {
  switch (type) {
    case 'create_task': return { type, title: '', dueInDays: 3, assignee: 'owner' };
    case 'send_email': return { type, templateId: templateId ?? '', to: 'owner' };
    case 'webhook': return { type, url: '', text: '{{account.name}}: {{trigger.reason}}' };
    case 'set_phase': return { type, phase: 'adopt' };
    case 'set_field': return { type, field: '', value: '' };
  }
}

export function emptyDraft(): PlaybookInput {
  return {
    name: '', description: null, enabled: true, trigger: defaultTrigger('health_drop'), conditions: { all: [] },
    actions: [defaultAction('create_task', null)], tierKeys: [], phaseKeys: [],
  };
}
