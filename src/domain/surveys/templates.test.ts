import { describe, expect, it } from 'vitest';
import { SurveyDefinition } from './definition.js';
import { blankDefinition, cxSurveyTemplate, npsPulseTemplate, surveyTemplates } from './templates.js';
import { validateDefinition } from './validate-definition.js';

describe('survey templates', () => {
  it('are valid and complete in Japanese and English', () => {
    for (const template of surveyTemplates()) {
      expect(SurveyDefinition.parse(template.definition)).toEqual(template.definition);
      expect(validateDefinition(template.definition, ['ja', 'en'])).toEqual([]);
      for (const text of [template.name, template.description]) expect(text.ja && text.en).toBeTruthy();
    }
    expect(validateDefinition(blankDefinition(), ['ja', 'en'])).toEqual([]);
  });

  it('ask the CX tree in the order and with the ids the analysis reads (docs/HELPER-BRIEF.md, shared shapes)', () => {
    const cx = cxSurveyTemplate();
    expect([cx.kind, cx.series]).toEqual(['cx', 'cx-annual']);
    const byId = Object.fromEntries(cx.definition.questions.map((q) => [q.id, q]));
    expect(cx.definition.questions.map((q) => [q.id, q.type, q.required])).toEqual([
      ['satisfaction', 'csat', true], ['continuation', 'continuation', true], ['nps', 'nps', true], ['trouble', 'yes_no', true],
      ['trouble_detail', 'text', false], ['consulted', 'yes_no', true], ['handling', 'expectation', true], ['request', 'text', false],
    ]);
    expect(byId.trouble?.text.ja).toBe('この1年間で、製品の利用中に問題やトラブルはありましたか？');
    expect(byId.trouble_detail?.showIf).toEqual({ question: 'trouble', op: 'equals', value: true });
    expect(byId.consulted?.showIf).toEqual({ question: 'trouble', op: 'equals', value: true });
    expect(byId.handling?.showIf).toEqual({ question: 'consulted', op: 'equals', value: true });
    expect(cx.definition.roles).toEqual({ nps: 'nps', csat: 'satisfaction', continuation: 'continuation', trouble: 'trouble', consulted: 'consulted', handling: 'handling' });
  });

  it('keep the NPS pulse to the score and its reason', () => {
    const pulse = npsPulseTemplate();
    expect([pulse.kind, pulse.series]).toEqual(['nps', null]);
    expect(pulse.definition.questions.map((q) => [q.id, q.type, q.required])).toEqual([['nps', 'nps', true], ['nps_reason', 'text', false]]);
  });

  it('hand out fresh copies, so editing one never changes the next', () => {
    const a = cxSurveyTemplate();
    a.definition.questions[0]!.text.ja = 'changed';
    expect(cxSurveyTemplate().definition.questions[0]!.text.ja).not.toBe('changed');
  });
});
