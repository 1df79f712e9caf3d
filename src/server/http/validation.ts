import type { ZodError } from 'zod';
import { AppError, type FieldIssue } from '../errors.js';

/** Turn a Zod failure into field issues with dotted paths, one per problem. */
export function fieldIssuesOf(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export function invalidRequest(error: ZodError, where = 'request'): AppError {
  const fields = fieldIssuesOf(error);
  return new AppError('request.invalid', {
    detail: `The ${where} has ${fields.length} invalid field${fields.length === 1 ? '' : 's'}: ${fields.map((f) => f.path).join(', ')}`,
    fields,
  });
}
