/**
 * The life of a handoff: sales writes a draft and submits it; CS accepts it or returns it with
 * questions; sales answers by editing and submitting again. An accepted handoff is final.
 *
 *   draft ──submit──▶ submitted ──accept──▶ accepted
 *                       ▲    │
 *              resubmit │    └──return──▶ returned (sales may edit)
 */
export const HANDOFF_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];

export type HandoffAction = 'edit' | 'submit' | 'accept' | 'return';

const ALLOWED: Record<HandoffAction, readonly HandoffStatus[]> = {
  // Sales edits while it holds the handoff; once submitted CS reads a stable text until it decides.
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

export function canApply(action: HandoffAction, status: HandoffStatus): boolean {
  return ALLOWED[action].includes(status);
}

/** The status after an action, or null when the action is not allowed from `status`. */
export function nextStatus(action: HandoffAction, status: HandoffStatus): HandoffStatus | null {
  if (!canApply(action, status)) return null;
  switch (action) {
    case 'edit': return status;
    case 'submit': return 'submitted';
    case 'accept': return 'accepted';
    case 'return': return 'returned';
  }
}

/** Actions allowed now, for the UI. */
export function allowedActions(status: HandoffStatus): HandoffAction[] {
  return (Object.keys(ALLOWED) as HandoffAction[]).filter((a) => canApply(a, status));
}
