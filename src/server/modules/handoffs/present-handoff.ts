/** Handoffs as the API shows them: completeness with its band and what is missing, the actions the status allows. */
import { completenessBand } from '../../../domain/handoffs/bands.js';
import { scoreCompleteness } from '../../../domain/handoffs/completeness.js';
import { readHandoffContent } from '../../../domain/handoffs/content.js';
import { allowedActions, type HandoffStatus } from '../../../domain/handoffs/status.js';
import type { Handoff, HandoffDetail } from './schema.js';
import type { HandoffEntry, HandoffHistoryRow } from './store.js';

/** A list row: the stored completeness (recomputed on every save), no content. */
export function presentHandoff(entry: HandoffEntry, missing: string[] = []): Handoff {
  const { content: _content, ...rest } = entry;
  const status = entry.status as HandoffStatus;
  return { ...rest, status, band: completenessBand(entry.completeness), missing, actions: allowedActions(status) };
}

export function presentHandoffDetail(entry: HandoffEntry, history: HandoffHistoryRow[]): HandoffDetail {
  const content = readHandoffContent(entry.content);
  const completeness = scoreCompleteness(content);
  return {
    ...presentHandoff(entry, completeness.missing),
    content,
    sections: completeness.sections,
    history,
  };
}
