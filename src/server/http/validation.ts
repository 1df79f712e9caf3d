import type { ZodError } from 'zod';
import { AppError, type FieldIssue } from '../errors.js';

type Issue = ZodError['issues'][number];

/** The limits of a failed check that a client needs to say it in other words (see FieldIssue). */
function paramsOf(issue: Issue): FieldIssue['params'] {
  const list = (values: readonly unknown[]) => values.slice(0, 20).map(String).join(', ');
  switch (issue.code) {
    case 'too_small':
      return { origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
    case 'too_big':
      return { origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
    case 'invalid_type':
      // Zod says what it received only in the message; a missing field is the case worth naming.
      return { expected: issue.expected, missing: issue.message.endsWith('received undefined') };
    case 'invalid_format':
      return { format: issue.format };
    case 'invalid_value':
      return { values: list(issue.values) };
    case 'not_multiple_of':
      return { divisor: Number(issue.divisor) };
    case 'unrecognized_keys':
      return { keys: list(issue.keys) };
    default:
      return undefined;
  }
}

/** Turn a Zod failure into field issues with dotted paths, one per problem. */
export function fieldIssuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.') || '(body)';
    // A refinement's message is the server's own words: nothing more to add.
    if (issue.code === 'custom') return { path, message: issue.message };
    const params = paramsOf(issue);
    return { path, message: issue.message, code: issue.code, ...(params ? { params } : {}) };
  });
}

export function invalidRequest(error: ZodError, where = 'request'): AppError {
  const fields = fieldIssuesOf(error);
  return new AppError('request.invalid', {
    detail: `The ${where} has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}: ${fields.map((f) => f.path).join(', ')}`,
    fields,
  });
}
