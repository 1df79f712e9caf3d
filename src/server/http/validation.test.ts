/**
 * What a failed schema check tells the client: the path, Zod's English message, and the check
 * with its limits, which the web app turns into Japanese or English (web/lib/field-issue-text.ts).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssuesOf } from './validation.js';

const Input = z.object({
  name: z.string().trim().min(1).max(200),
  quantity: z.number().int().min(0),
  price: z.number().positive(),
  email: z.email(),
  status: z.enum(['active', 'churned']),
  tags: z.array(z.string()).max(3),
  step: z.number().multipleOf(5),
  plan: z.string(),
  note: z.string().refine((v) => v !== 'x', 'x is reserved'),
}).strict();

describe('fieldIssuesOf', () => {
  it('sends each check with its limits, and a refinement with its message only', () => {
    const result = Input.safeParse({ name: ' ', quantity: 2.5, price: 0, email: 'hanako', status: 'paused', tags: ['a', 'b', 'c', 'd'], step: 7, note: 'x', extra: 1 });
    if (result.success) throw new Error('expected a failure');
    const issues = fieldIssuesOf(result.error).map(({ message: _message, ...rest }) => rest);
    expect(issues).toEqual([
      { path: 'name', code: 'too_small', params: { origin: 'string', minimum: 1, inclusive: true } },
      { path: 'quantity', code: 'invalid_type', params: { expected: 'int', missing: false } },
      { path: 'price', code: 'too_small', params: { origin: 'number', minimum: 0, inclusive: false } },
      { path: 'email', code: 'invalid_format', params: { format: 'email' } },
      { path: 'status', code: 'invalid_value', params: { values: 'active, churned' } },
      { path: 'tags', code: 'too_big', params: { origin: 'array', maximum: 3, inclusive: true } },
      { path: 'step', code: 'not_multiple_of', params: { divisor: 5 } },
      { path: 'plan', code: 'invalid_type', params: { expected: 'string', missing: true } },
      { path: 'note' },
      { path: '(body)', code: 'unrecognized_keys', params: { keys: 'extra' } },
    ]);
    expect(fieldIssuesOf(result.error).find((f) => f.path === 'note')?.message).toBe('x is reserved');
  });
});
