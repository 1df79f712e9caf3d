import { describe, expect, it } from 'vitest';
import { batchExample } from './ingest-example';
import { formatHours } from './usage-format';

describe('usage presentation', () => {
  it('shows time of use in minutes under an hour, hours with one decimal below 100, whole hours above', () => {
    // 2,700 s = 45 min; 45,000 s = 12.5 h; 400,000 s = 111.1 h, shown whole.
    expect(formatHours(2_700, 'ja')).toBe('45分');
    expect(formatHours(0, 'en')).toBe('0 min');
    expect(formatHours(45_000, 'ja')).toBe('12.5時間');
    expect(formatHours(400_000, 'en')).toBe('111 h');
  });

  it('shows a batch call with the account’s group id and basic auth with an empty password', () => {
    const example = batchExample('https://cs.example.com', 'CRM-0001', '<API key>');
    expect(example).toContain('curl -X POST https://cs.example.com/v1/batch');
    expect(example).toContain("-u '<API key>:'");
    const body = JSON.parse(/-d '(.*)'$/s.exec(example)?.[1] ?? '{}') as { batch: { type: string; groupId?: string; context?: { groupId: string } }[] };
    expect(body.batch.map((m) => m.type)).toEqual(['group', 'track']);
    expect(body.batch[0]?.groupId).toBe('CRM-0001');
    expect(body.batch[1]?.context?.groupId).toBe('CRM-0001');
  });
});
