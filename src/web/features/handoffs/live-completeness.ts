/** The completeness of what is on the screen now, scored by the same domain code the server uses. */
import { scoreCompleteness, type Completeness } from '../../../domain/handoffs/completeness';
import { HandoffContent } from '../../../domain/handoffs/content';

/** Content that does not parse yet (a half-typed date) scores as the server would after fixing it: the bad parts empty. */
export function liveCompleteness(content: HandoffContent): Completeness {
  const parsed = HandoffContent.safeParse(content);
  return scoreCompleteness(parsed.success ? parsed.data : content);
}

/** Server-side field paths start with "content."; strip it for the form. */
export function contentFieldErrors(fields: Record<string, string>): string[] {
  return Object.entries(fields).filter(([path]) => path.startsWith('content.')).map(([path, message]) => `${path.slice(8)}: ${message}`);
}
