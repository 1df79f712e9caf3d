/** The goal form's values and their conversion to the API's shape. */
import type { GoalBinding, GoalBindingType } from '../../../domain/outcomes/goal-binding';
import type { GoalStatus } from '../../../domain/outcomes/goal-fields';
import type { Goal, GoalInput } from '../../api/success-plans';

export type Tracking = 'manual' | GoalBindingType;

export interface GoalFormValues {
  title: string;
  metric: string;
  unit: string;
  baseline: number | '';
  target: number | '';
  current: number | '';
  tracking: Tracking;
  event: string;
  windowDays: number;
  measureId: string;
  field: string;
  dueOn: string | null;
  nextReviewOn: string | null;
  customerOwnerContactId: string | null;
  customerOwnerName: string;
  ownerId: string | null;
  status: GoalStatus;
}

export function goalFormValues(goal: Goal | null, defaults: { ownerId?: string | null } = {}): GoalFormValues {
  const b = goal?.binding ?? null;
  return {
    title: goal?.title ?? '',
    metric: goal?.metric ?? '',
    unit: goal?.unit ?? '',
    baseline: goal?.baseline ?? '',
    target: goal?.target ?? '',
    current: '',
    tracking: b?.type ?? 'manual',
    event: b?.type === 'usage_events' ? b.event ?? '' : '',
    windowDays: b && 'windowDays' in b ? b.windowDays : 30,
    measureId: b?.type === 'health_measure' ? b.measureId : '',
    field: b?.type === 'account_field' ? b.field : 'mrr',
    dueOn: goal?.dueOn ?? null,
    nextReviewOn: goal?.nextReviewOn ?? null,
    customerOwnerContactId: goal?.customerOwnerContactId ?? null,
    customerOwnerName: goal && !goal.customerOwnerContactId ? goal.customerOwnerName ?? '' : '',
    ownerId: goal ? goal.ownerId : defaults.ownerId ?? null,
    status: goal?.status ?? 'not_started',
  };
}

export function bindingOf(values: GoalFormValues): GoalBinding | null {
  switch (values.tracking) {
    case 'manual': return null;
    case 'usage_events': return { type: 'usage_events', windowDays: values.windowDays, ...(values.event.trim() ? { event: values.event.trim() } : {}) };
    case 'active_users': return { type: 'active_users', windowDays: values.windowDays };
    case 'health_score': return { type: 'health_score' };
    case 'health_measure': return { type: 'health_measure', measureId: values.measureId.trim() };
    case 'account_field': return { type: 'account_field', field: values.field.trim() };
  }
}

/** What the client itself can tell is missing, by field path (the server checks the rest). */
export function missingFields(values: GoalFormValues): string[] {
  const missing: string[] = [];
  if (!values.title.trim()) missing.push('title');
  if (!values.metric.trim()) missing.push('metric');
  if (values.baseline === '') missing.push('baseline');
  if (values.target === '') missing.push('target');
  return missing;
}

export function toGoalInput(values: GoalFormValues, creating: boolean): GoalInput {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  const binding = bindingOf(values);
  return {
    title: values.title.trim(),
    metric: values.metric.trim(),
    unit: text(values.unit),
    baseline: Number(values.baseline),
    target: Number(values.target),
    binding,
    dueOn: values.dueOn,
    nextReviewOn: values.nextReviewOn,
    customerOwnerContactId: values.customerOwnerContactId,
    customerOwnerName: values.customerOwnerContactId ? null : text(values.customerOwnerName),
    ownerId: values.ownerId,
    status: values.status,
    ...(creating && binding === null && values.current !== '' ? { current: Number(values.current) } : {}),
  };
}
