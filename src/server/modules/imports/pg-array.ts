/**
 * PostgreSQL array literals for set-based writes: each column of a batch travels as ONE text
 * parameter cast to an array type (`${pgArray(names)}::text[]`) and is unnested in SQL, so a
 * batch is one statement with a handful of parameters, bound alike by PGlite and node-postgres.
 */

/** Any value a column may hold: objects become JSON (for jsonb[]), null stays NULL. */
export type ArrayValue = string | number | boolean | Record<string, unknown> | null | undefined;

const NEEDS_ESCAPE = /["\\]/;

function element(value: ArrayValue): string {
  if (value === null || value === undefined) return 'NULL';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  // (Most values need no escaping: one scan to find out is cheaper than two replacements.)
  return NEEDS_ESCAPE.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${text}"`;
}

/**
 * A one-dimensional array literal.
 * @example pgArray(['a,b', null, 'say "hi"']) === '{"a,b",NULL,"say \\"hi\\""}'
 */
export function pgArray(values: readonly ArrayValue[]): string {
  return `{${pgArrayItems(values)}}`;
}

/** The items of an array literal without its braces, for joining several lists into one array. */
export function pgArrayItems(values: readonly ArrayValue[]): string {
  return values.map(element).join(',');
}
