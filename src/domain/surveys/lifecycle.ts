/**
 * A survey's life: draft (everything editable, no links) → open (links answerable; questions
 * frozen) → closed (answers final). While open only the name, the planned close, the reminder
 * interval and the email texts may change: a recipient may already be answering the
 * questions, so changing them would make answers mean different things.
 */
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

export const SURVEY_FIELDS = ['name', 'kind', 'series', 'definition', 'languages', 'emailSubject', 'emailBody', 'remindAfterDays', 'closesAt'] as const;
export type SurveyField = (typeof SURVEY_FIELDS)[number];

const EDITABLE: Record<SurveyStatus, readonly SurveyField[]> = {
  draft: SURVEY_FIELDS,
  open: ['name', 'closesAt', 'remindAfterDays', 'emailSubject', 'emailBody'],
  closed: ['name'],
};

export function editableFields(status: SurveyStatus): readonly SurveyField[] {
  return EDITABLE[status];
}

/** The fields of a change that the status does not allow. */
export function frozenFieldsOf(status: SurveyStatus, changed: readonly SurveyField[]): SurveyField[] {
  return changed.filter((f) => !EDITABLE[status].includes(f));
}

export type SurveyAction = 'edit' | 'open' | 'close' | 'delete' | 'duplicate';

export function surveyActions(status: SurveyStatus): SurveyAction[] {
  if (status === 'draft') return ['edit', 'open', 'delete', 'duplicate'];
  if (status === 'open') return ['edit', 'close', 'duplicate'];
  return ['edit', 'duplicate'];
}

/** Whether a link may still answer: open, and its planned close (if any) not yet passed. */
export function isAnswerable(survey: { status: string; closesAt: Date | string | null }, now: Date): boolean {
  if (survey.status !== 'open') return false;
  return survey.closesAt === null || new Date(survey.closesAt).getTime() > now.getTime();
}

/**
 * The name of "the same survey again": the last year in the name moved on by one
 * ("顧客満足度調査 2025" → "顧客満足度調査 2026"), else the name with " (2)".
 */
export function nextRunName(name: string): string {
  const years = [...name.matchAll(/(?<!\d)(19|20)\d{2}(?!\d)/g)];
  const last = years.at(-1);
  if (!last || last.index === undefined) return `${name} (2)`;
  return `${name.slice(0, last.index)}${Number(last[0]) + 1}${name.slice(last.index + 4)}`;
}
