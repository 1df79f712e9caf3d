import { describe, expect, it } from 'vitest';
import { renderTemplate, templateFields } from './render-template.js';
import { KNOWN_TEMPLATE_FIELDS, unknownTemplateFields } from './template-fields.js';

describe('renderTemplate', () => {
  it('fills known fields, with or without spaces inside the braces', () => {
    const text = '{{account.name}} {{ contact.name }}様\n担当: {{owner.name}}（ARR {{account.arr}}、スコア{{account.healthScore}}）';
    expect(renderTemplate(text, {
      'account.name': '株式会社サクラ', 'contact.name': '山田 花子', 'owner.name': '佐藤', 'account.arr': '¥3,600,000', 'account.healthScore': 42,
    })).toBe('株式会社サクラ 山田 花子様\n担当: 佐藤（ARR ¥3,600,000、スコア42）');
  });

  it('renders unknown and null fields empty, never the raw braces', () => {
    expect(renderTemplate('[{{account.nmae}}][{{contact.name}}]', { 'contact.name': null })).toBe('[][]');
    // a prototype key is not a field
    expect(renderTemplate('{{constructor}}{{toString}}', {})).toBe('');
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(renderTemplate('{{}} { {a} } {{ 1x }} {a.b}', { a: 'x' })).toBe('{{}} { {a} } {{ 1x }} {a.b}');
  });

  it('inserts values literally (no $-patterns, no re-expansion)', () => {
    expect(renderTemplate('{{a}}', { a: "$& $1 {{b}}", b: 'no' })).toBe("$& $1 {{b}}");
  });
});

describe('templateFields', () => {
  it('lists each field once in order of first use', () => {
    expect(templateFields('{{b}} {{ a.x }} {{b}} {{c-d}}')).toEqual(['b', 'a.x', 'c-d']);
  });

  it('finds the fields Kizuna does not fill', () => {
    expect(unknownTemplateFields('{{account.name}} {{account.nmae}} {{ owner.email }} {{deal.amount}}')).toEqual(['account.nmae', 'deal.amount']);
    expect(unknownTemplateFields(KNOWN_TEMPLATE_FIELDS.map((f) => `{{${f}}}`).join(' '))).toEqual([]);
  });
});
