import { describe, expect, it } from 'vitest';
import { emptyHandoffContent, HandoffContent, readHandoffContent, type HandoffContentInput } from './content.js';
import { scoreCompleteness, SECTION_WEIGHTS } from './completeness.js';
import { bandRange, completenessBand } from './bands.js';
import { allowedActions, nextStatus } from './status.js';

const CONTACT = '11111111-1111-4111-8111-111111111111';

/** Every section fully filled: the example a CSM would call a complete handoff. */
const complete: HandoffContentInput = {
  goals: [{ goal: '月次レポート作成の工数削減', kpi: '作成時間', target: '月40時間 → 10時間' }],
  decisionMaker: { contactId: CONTACT, name: '', title: '営業本部長', cares: '現場に定着するか、半年で効果が見えるか' },
  stakeholders: [{ name: '佐藤 課長', role: '現場リーダー', notes: '前ツールで苦労した。慎重派' }],
  contract: { plan: 'Business', seats: 50, annualAmount: 3_600_000, currency: 'JPY', startOn: '2026-04-01', renewalOn: '2027-03-31' },
  timeline: { goLiveOn: '2026-05-15', milestones: [{ title: '管理者トレーニング', dueOn: '2026-04-20' }] },
  risks: [{ risk: '情報システム部の承認が遅れがち', mitigation: '' }],
  noPromises: true,
};

const score = (input: HandoffContentInput) => scoreCompleteness(HandoffContent.parse(input));

describe('handoff completeness', () => {
  it('weights sum to 100, with the three largest survey gaps (HiCustomer 2023: 23.5 / 20.8 / 19.3) weighing most', () => {
    expect(Object.values(SECTION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const ordered = Object.entries(SECTION_WEIGHTS).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k]) => k);
    expect(ordered).toEqual(['goals', 'decisionMaker', 'stakeholders']);
  });

  it('scores an empty handoff 0 and lists every section as missing', () => {
    const result = scoreCompleteness(emptyHandoffContent());
    expect(result.score).toBe(0);
    expect(result.missing).toEqual([
      'goals.none', 'decisionMaker.name', 'decisionMaker.title', 'decisionMaker.cares', 'stakeholders.none',
      'contract.plan', 'contract.seats', 'contract.amount', 'contract.start', 'contract.renewal',
      'timeline.goLive', 'timeline.milestones', 'risks.none', 'promises.none',
    ]);
  });

  it('scores a fully filled handoff 100 with nothing missing', () => {
    expect(score(complete)).toMatchObject({ score: 100, missing: [] });
  });

  it('gives 40% of the goals section for a goal without KPI or target: 25 × 0.4 = 10 points', () => {
    const result = score({ ...complete, goals: [{ goal: '工数削減' }] });
    expect(result.sections.find((s) => s.section === 'goals')).toMatchObject({ points: 10, missing: ['goals.kpi', 'goals.target'] });
    expect(result.score).toBe(85); // 100 − 25 + 10
  });

  it('credits the share of goals with KPI and target: two goals, one measured → 25 × (0.4 + 0.6 × ½) = 17.5', () => {
    const result = score({ ...complete, goals: [{ goal: 'A', kpi: 'k', target: 't' }, { goal: 'B', kpi: 'k' }] });
    expect(result.sections.find((s) => s.section === 'goals')?.points).toBe(17.5);
    expect(result.score).toBe(93); // 92.5 rounds half up
  });

  it('splits the decision maker into who 40%, title 20%, what they care about 40%', () => {
    const onlyName = score({ ...complete, decisionMaker: { name: '田中 社長' } });
    expect(onlyName.sections.find((s) => s.section === 'decisionMaker')).toMatchObject({
      points: 8, missing: ['decisionMaker.title', 'decisionMaker.cares'],
    });
  });

  it('credits stakeholders for naming one (40%) and for roles and notes (30% each, by share)', () => {
    const bare = score({ ...complete, stakeholders: [{ name: '佐藤' }, { name: '鈴木', role: '情シス', notes: '協力的' }] });
    // 20 × (0.4 + 0.3 × ½ + 0.3 × ½) = 14
    expect(bare.sections.find((s) => s.section === 'stakeholders')).toMatchObject({ points: 14, missing: ['stakeholders.role', 'stakeholders.notes'] });
    const blankRows = score({ ...complete, stakeholders: [{ name: '  ' }] });
    expect(blankRows.sections.find((s) => s.section === 'stakeholders')).toMatchObject({ points: 0, missing: ['stakeholders.none'] });
  });

  it('gives each of five contract facts a fifth, special terms optional', () => {
    const result = score({ ...complete, contract: { plan: 'Business', seats: 10 } });
    expect(result.sections.find((s) => s.section === 'contract')).toMatchObject({
      points: 6, missing: ['contract.amount', 'contract.start', 'contract.renewal'],
    });
  });

  it('counts empty risks and promises only when sales states there are none', () => {
    const unstated = score({ ...complete, risks: [], noPromises: false });
    expect(unstated.missing).toEqual(['risks.none', 'promises.none']);
    expect(unstated.score).toBe(90);
    expect(score({ ...complete, risks: [], noKnownRisks: true }).score).toBe(100);
  });

  it('gives the timeline 60% for the go-live date and 40% for a milestone', () => {
    const result = score({ ...complete, timeline: { goLiveOn: '2026-05-15' } });
    expect(result.sections.find((s) => s.section === 'timeline')).toMatchObject({ points: 6, missing: ['timeline.milestones'] });
  });

  it('reads stored content leniently, keeping the sections that still parse', () => {
    const read = readHandoffContent({ goals: [{ goal: 'A', kpi: 'k', target: 't' }], contract: { seats: 'many' } });
    expect(read.goals).toHaveLength(1);
    expect(read.contract.seats).toBeNull();
    expect(readHandoffContent(null)).toEqual(emptyHandoffContent());
  });
});

describe('completeness bands', () => {
  it('puts 49 in low, 50 and 79 in medium, 80 in high', () => {
    expect([0, 49, 50, 79, 80, 100].map(completenessBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(bandRange('medium')).toEqual({ min: 50, max: 79 });
  });
});

describe('handoff status', () => {
  it('lets sales edit and submit drafts and returned handoffs, CS decide on submitted ones, and nobody change an accepted one', () => {
    expect(allowedActions('draft')).toEqual(['edit', 'submit']);
    expect(allowedActions('submitted')).toEqual(['accept', 'return']);
    expect(allowedActions('returned')).toEqual(['edit', 'submit']);
    expect(allowedActions('accepted')).toEqual([]);
    expect(nextStatus('submit', 'returned')).toBe('submitted');
    expect(nextStatus('accept', 'draft')).toBeNull();
  });
});
