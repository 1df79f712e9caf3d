/** Map PostgreSQL unique violations (23505) to the field that clashed, so callers can name it. */
export function uniqueViolation(error: unknown): string | null {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: string; constraint?: string; cause?: unknown };
    if (e.code === '23505') return e.constraint ?? 'unknown';
    current = e.cause;
  }
  return null;
}
