/**
 * The life of a VOC item (SPEC §3.13): CS hears it (new), sends it to the product team (sent),
 * product plans it (planned) and ships it (done), or declines it. "Send to product" is its own
 * action (it also calls the product team's webhook), so `sent` is never set by a plain move.
 *
 *   new ──send──▶ sent ──▶ planned ──▶ done
 *    │             │          │
 *    └─────────────┴──────────┴──▶ declined ──reopen──▶ new
 *
 * A done item may go back to planned (it shipped only in part); a declined one may be reopened,
 * since customers keep asking for what product once said no to.
 */
export const VOC_STATUSES = ['new', 'sent', 'planned', 'done', 'declined'] as const;
export type VocStatus = (typeof VOC_STATUSES)[number];

/** request: a wish for something new; pain: a problem with what exists. */
export const VOC_KINDS = ['request', 'pain'] as const;
export type VocKind = (typeof VOC_KINDS)[number];

/** Where a mention was heard (voc_mentions.source_kind). */
export const VOC_SOURCE_KINDS = ['survey_response', 'activity', 'task', 'manual'] as const;
export type VocSourceKind = (typeof VOC_SOURCE_KINDS)[number];

const MOVES: Record<VocStatus, readonly VocStatus[]> = {
  new: ['planned', 'done', 'declined'],
  sent: ['planned', 'done', 'declined'],
  planned: ['done', 'declined'],
  done: ['planned'],
  declined: ['new'],
};

/** Statuses a plain move may take the item to from `from` (sending is separate: see canSend). */
export function movesFrom(from: VocStatus): readonly VocStatus[] {
  return MOVES[from];
}

export function canMove(from: VocStatus, to: VocStatus): boolean {
  return MOVES[from].includes(to);
}

/** An item can be sent while it is new, and sent again (the webhook re-posted) while it is sent. */
export function canSend(status: VocStatus): boolean {
  return status === 'new' || status === 'sent';
}
