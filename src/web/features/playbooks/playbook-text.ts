/**
 * Words for a playbook in the list and the run log: its trigger ("ヘルススコアが14日以内に15点以上低下"),
 * each action ("タスク作成：更新準備"), each action's result. Why it fired comes from the domain
 * (describeFiring), so the run log, the task and the email say the same thing.
 */
import type { TFunction } from 'i18next';
import type { ActionResult, PlaybookAction } from '../../../domain/playbooks/action';
import type { PlaybookTrigger } from '../../../domain/playbooks/trigger';

export function triggerText(trigger: PlaybookTrigger, t: TFunction, phaseName: (key: string) => string = (k) => k): string {
  const params: Record<string, unknown> = { ...trigger };
  if (trigger.type === 'health_band_entered') params.band = t(`playbooks.bands.${trigger.band}`);
  if (trigger.type === 'phase_entered') params.phase = phaseName(trigger.phase);
  if (trigger.type === 'usage_drop') params.what = trigger.event ? t('playbooks.triggers.usage_drop.ofEvent', { event: trigger.event }) : t('playbooks.triggers.usage_drop.all');
  return t(`playbooks.triggers.${trigger.type}.summary`, params);
}

export function actionText(action: PlaybookAction, t: TFunction, names: { template?: (id: string) => string; phase?: (key: string) => string } = {}): string {
  switch (action.type) {
    case 'create_task': return t('playbooks.actions.create_task.summary', { title: action.title, days: action.dueInDays });
    case 'send_email': {
      const to = action.to === 'owner' ? t('playbooks.recipients.owner')
        : 'role' in action.to ? t(`playbooks.recipients.role.${action.to.role}`) : t(`playbooks.recipients.level.${action.to.level}`);
      return t('playbooks.actions.send_email.summary', { template: names.template?.(action.templateId) ?? '—', to });
    }
    case 'webhook': return t('playbooks.actions.webhook.summary', { host: hostOf(action.url) });
    case 'set_phase': return t('playbooks.actions.set_phase.summary', { phase: names.phase?.(action.phase) ?? action.phase });
    case 'set_field': return t('playbooks.actions.set_field.summary', { field: action.field, value: action.value === null ? '—' : String(action.value) });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export const RESULT_COLOR: Record<ActionResult['status'], string> = { done: 'teal', queued: 'blue', sent: 'teal', failed: 'red' };
