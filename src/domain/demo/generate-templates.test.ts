import { describe, expect, it } from 'vitest';
import { generateTemplates } from './generate-templates.js';
import { unknownTemplateFields } from '../mail/template-fields.js';

describe('demo email templates', () => {
  const templates = generateTemplates();

  it('has each of the four templates in Japanese and English, with distinct ids', () => {
    expect(templates).toHaveLength(8);
    expect(new Set(templates.map((t) => t.id)).size).toBe(8);
    expect(templates.filter((t) => t.locale === 'ja').map((t) => t.key)).toEqual(['renewalCheckIn', 'welcome', 'usageFollowUp', 'healthDropAlert']);
    for (const t of templates) expect(t.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('uses only fields Kizuna fills', () => {
    for (const t of templates) expect(unknownTemplateFields(`${t.subject}\n${t.body}`)).toEqual([]);
  });
});
