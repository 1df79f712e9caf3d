/**
 * One error type for the whole server. Each code maps to exactly one HTTP status through
 * an exhaustive table, and leaves as RFC 9457 application/problem+json carrying the code,
 * plus the field paths or CSV rows at fault, so the web app can read it back.
 */
export const ERROR_STATUS = {
  'request.invalid': 400,
  'request.body_too_large': 413,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'setup.already_done': 409,
  'workspace.not_found': 404,
  'member.not_found': 404,
  'member.exists': 409,
  'member.last_admin': 409,
  'api_key.not_found': 404,
  'account.not_found': 404,
  'account.external_id_taken': 409,
  'contact.not_found': 404,
  'contact.external_id_taken': 409,
  'subscription.not_found': 404,
  'subscription.external_id_taken': 409,
  'activity.not_found': 404,
  'activity.not_editable': 409,
  'custom_field.not_found': 404,
  'custom_field.exists': 409,
  'import.not_found': 404,
  'import.bad_file': 400,
  'import.bad_mapping': 400,
  'import.wrong_state': 409,
  'exchange_rate.not_found': 404,
  'exchange_rate.exists': 409,
  'kpi_target.not_found': 404,
  'billing.bad_signature': 400,
  'route.not_found': 404,
  'database.locked': 423,
  'demo.already_loaded': 409,
  'ingest.bad_body': 400,
  'ingest.batch_too_large': 400,
  'ingest.busy': 429,
  'scorecard.not_found': 404,
  'scorecard.invalid': 400,
  'scorecard.default_required': 409,
  'backtest.bad_range': 400,
  'assessment.not_found': 404,
  'assessment.bad_answers': 400,
  'goal.not_found': 404,
  'goal.bound': 409,
  'share.not_found': 404,
  'touch_tier.not_found': 404,
  'touch_tier.key_taken': 409,
  'touch_tier.default_required': 409,
  'email_template.not_found': 404,
  'outbox.not_found': 404,
  'outbox.already_sent': 409,
  'mail.not_configured': 409,
  'mail.password_unreadable': 409,
  'handoff.not_found': 404,
  'handoff.exists': 409,
  'handoff.wrong_state': 409,
  'phase.not_found': 404,
  'phase.in_use': 409,
  'checklist_item.not_found': 404,
  'task.not_found': 404,
  'playbook.not_found': 404,
  'voc_item.not_found': 404,
  'voc_item.wrong_state': 409,
  'voc_mention.not_found': 404,
  'voc_source.not_found': 404,
  'voc_candidate.not_found': 404,
  'survey_link.not_found': 404,
  'survey.closed': 410,
  'survey.not_open': 409,
  'survey.bad_answers': 400,
  'survey_recipient.not_found': 404,
  'survey_recipient.answered': 409,
  'survey.not_found': 404,
  'survey.wrong_state': 409,
  'survey.bad_definition': 400,
  'internal': 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** dotted path of the field, e.g. "customFields.contract_type" */
  path: string;
  message: string;
  /**
   * For a failed schema check: the check (Zod's issue code, e.g. too_small) and its limits, so a
   * client can say it in the user's language (the web app does); `message` stays English.
   */
  code?: string;
  params?: Record<string, string | number | boolean>;
}

export interface RowIssue {
  /** 1-based line number in the file, the header being line 1 */
  row: number;
  column: string | null;
  message: string;
}

export interface AppErrorOptions {
  detail?: string;
  fields?: FieldIssue[];
  rows?: RowIssue[];
  cause?: unknown;
  /** sent as Retry-After (429 and 503), in seconds */
  retryAfterSeconds?: number;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[] | undefined;
  readonly rows: RowIssue[] | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.rows = options.rows;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  fields?: FieldIssue[];
  rows?: RowIssue[];
}

export function toProblem(error: AppError): ProblemDocument {
  return {
    type: `https://kizuna.dev/problems/${error.code.replace('.', '/')}`,
    title: error.code,
    status: error.status,
    code: error.code,
    ...(error.message !== error.code ? { detail: error.message } : {}),
    ...(error.fields ? { fields: error.fields } : {}),
    ...(error.rows ? { rows: error.rows } : {}),
  };
}

/** Shorthand for the common 404: the id is unknown in this workspace (or belongs to another). */
export function notFound(code: Extract<ErrorCode, `${string}.not_found`>, id: string): AppError {
  return new AppError(code, { detail: `No such record: ${id}` });
}
