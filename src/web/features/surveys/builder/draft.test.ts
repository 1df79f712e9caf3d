import { describe, expect, it } from 'vitest';
import { cxSurveyTemplate } from '../../../../domain/surveys/templates';
import { addOption, branchTargets, changeType, groupIssues, moveQuestion, newQuestion, removeQuestion, renameQuestion } from './draft';

const cx = () => cxSurveyTemplate().definition;

describe('builder edits', () => {
  it('adds a question with an unused id, with two options when it is a choice', () => {
    const def = cx();
    const q = newQuestion('single', { ...def, questions: [...def.questions, { id: 'q1', type: 'text', text: { ja: '', en: '' }, required: false }] });
    expect(q.id).toBe('q2');
    expect(q.options?.map((o) => o.id)).toEqual(['opt1', 'opt2']);
    expect(addOption(q).options?.map((o) => o.id)).toEqual(['opt1', 'opt2', 'opt3']);
    expect(changeType(q, 'csat')).not.toHaveProperty('options');
  });

  it('removes a question and with it the branches and roles that pointed at it', () => {
    const def = removeQuestion(cx(), 3); // trouble
    expect(def.questions.map((q) => q.id)).not.toContain('trouble');
    expect(def.questions.find((q) => q.id === 'consulted')?.showIf).toBeUndefined();
    expect(def.questions.find((q) => q.id === 'handling')?.showIf?.question).toBe('consulted');
    expect(def.roles).not.toHaveProperty('trouble');
    expect(groupIssues(def, ['ja', 'en']).all).toBe(0);
  });

  it('renames a question with its branches and roles', () => {
    const def = renameQuestion(cx(), 5, 'asked_us');
    expect(def.questions.find((q) => q.id === 'handling')?.showIf?.question).toBe('asked_us');
    expect(def.roles.consulted).toBe('asked_us');
  });

  it('lets a question branch only on earlier, non-text questions, and flags a move that breaks a branch', () => {
    expect(branchTargets(cx(), 6).map((q) => q.id)).toEqual(['satisfaction', 'continuation', 'nps', 'trouble', 'consulted']);
    const moved = moveQuestion(cx(), 5, -1); // consulted above trouble_detail: still after trouble
    expect(groupIssues(moved, ['ja', 'en']).all).toBe(0);
    const broken = moveQuestion(moveQuestion(cx(), 3, 1), 4, 1); // trouble after trouble_detail and consulted
    const grouped = groupIssues(broken, ['ja', 'en']);
    expect([...grouped.questions.keys()]).toEqual([3, 4]);
    expect(grouped.blocking).toBe(2);
  });
});
