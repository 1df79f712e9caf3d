import { describe, expect, it } from 'vitest';
import { normaliseAreas } from './areas.js';
import { canMove, canSend, movesFrom, VOC_STATUSES } from './status.js';

describe('VOC item statuses', () => {
  it('never reaches sent by a plain move: sending is its own action', () => {
    for (const from of VOC_STATUSES) expect(movesFrom(from)).not.toContain('sent');
  });

  it('follows new → sent → planned → done, with declined from anywhere open and a way back', () => {
    expect(canSend('new')).toBe(true);
    expect(canSend('sent')).toBe(true);
    expect(canMove('sent', 'planned')).toBe(true);
    expect(canMove('planned', 'done')).toBe(true);
    expect(canMove('planned', 'declined')).toBe(true);
    expect(canMove('declined', 'new')).toBe(true);
    expect(canMove('done', 'planned')).toBe(true);
  });

  it('refuses skipping back to new from planned or done, and sending planned or closed items', () => {
    expect(canMove('planned', 'new')).toBe(false);
    expect(canMove('done', 'new')).toBe(false);
    expect(canMove('done', 'declined')).toBe(false);
    expect([canSend('planned'), canSend('done'), canSend('declined')]).toEqual([false, false, false]);
  });
});

describe('product-area tags', () => {
  it('folds full-width forms, trims, collapses spaces and drops empty and duplicate tags', () => {
    expect(normaliseAreas([' レポート ', 'ＡＰＩ', 'API', '', '  ', 'UI /  操作性'])).toEqual(['レポート', 'API', 'UI / 操作性']);
  });
});
