/**
 * The one HTTP function of the web app: same-origin fetch to /api/v1 with the session
 * cookie, JSON in and out, and failures read back as application/problem+json into an
 * ApiError that carries the server's code and the fields or CSV rows at fault.
 */
import i18n from 'i18next';
import { fieldIssueText } from '../lib/field-issue-text';

export interface FieldProblem {
  path: string;
  /** in the UI's language when the server said which check failed (lib/field-issue-text.ts), else the server's words */
  message: string;
  code?: string;
  params?: Record<string, string | number | boolean>;
}

export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string | undefined;
  readonly fields: FieldProblem[];
  readonly rows: RowProblem[];

  constructor(status: number, problem: { code?: string; detail?: string; fields?: FieldProblem[]; rows?: RowProblem[] }) {
    super(problem.detail ?? problem.code ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status >= 500 ? 'internal' : 'request.invalid');
    this.detail = problem.detail;
    this.fields = problem.fields ?? [];
    this.rows = problem.rows ?? [];
  }

  /** The message the server gave for one field path, e.g. "email" or "customFields.region". */
  fieldMessage(path: string): string | undefined {
    return this.fields.find((f) => f.path === path)?.message;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** A JSON body; ignored when `raw` is given. */
  json?: unknown;
  /** Raw bytes sent as application/octet-stream (file uploads). */
  raw?: Blob | ArrayBuffer;
  signal?: AbortSignal;
}

const BASE = '/api/v1';

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (options.raw !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    body = options.raw;
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method, headers, body, credentials: 'same-origin', ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { code: 'network', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!response.ok) throw await readProblem(response);
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

async function readProblem(response: Response): Promise<ApiError> {
  try {
    const problem = (await response.json()) as { code?: string; detail?: string; fields?: FieldProblem[]; rows?: RowProblem[] };
    const t = i18n.isInitialized ? i18n.t.bind(i18n) : null;
    const fields = problem.fields?.map((f) => (t && f.code ? { ...f, message: fieldIssueText(t, f) } : f));
    return new ApiError(response.status, { ...problem, ...(fields ? { fields } : {}) });
  } catch {
    return new ApiError(response.status, {});
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
