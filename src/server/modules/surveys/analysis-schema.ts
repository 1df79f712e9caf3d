/** HTTP shapes of the survey analysis: overview cuts, the CX tree and hypotheses, churn risk, year over year. */
import { z } from '@hono/zod-openapi';
import { CX_LEAVES } from '../../../domain/surveys/definition.js';
import { ANALYSIS_SEGMENTS } from './analysis-overview.js';

const Estimate = z.object({
  value: z.number(), low: z.number(), high: z.number(), n: z.number().int(),
}).nullable().openapi('Estimate', { description: 'a point estimate with its 95% interval; null when n is too small to compute' });

const TestResult = z.object({
  statistic: z.number(), df: z.number().nullable(), pValue: z.number(), effectSize: z.number(), effectName: z.string(),
  n1: z.number().int(), n2: z.number().int(), enough: z.boolean(),
}).openapi('TestResult');

const Leaf = z.enum(CX_LEAVES);
const Verdict = z.enum(['supported', 'not_supported', 'too_small']);
const ChangeVerdict = z.enum(['changed', 'no_change', 'too_small']);

export const AnalysisQuery = z.object({
  segment: z.enum(ANALYSIS_SEGMENTS).optional().openapi({ description: 'cut by this account field as well as the whole survey' }),
});

export const CxTreeQuery = z.object({
  format: z.enum(['json', 'csv']).default('json').openapi({ description: 'csv: the leaves as CSV (UTF-8 with BOM), for a spreadsheet' }),
  lang: z.enum(['ja', 'en']).default('ja').openapi({ description: 'CSV only: the language of the headers and leaf names' }),
});

const Scale = z.object({ n: z.number().int(), mean: Estimate, counts: z.array(z.number().int()) });
const Group = z.object({
  value: z.string().nullable(),
  responses: z.number().int(),
  nps: z.object({
    n: z.number().int(), score: Estimate, promoters: z.number().int(), passives: z.number().int(), detractors: z.number().int(),
    counts: z.array(z.number().int()).openapi({ description: 'answers 0…10' }),
  }),
  csat: Scale, continuation: Scale, recommendation: Scale,
});

export const SurveyAnalysis = z.object({
  surveyId: z.uuid(),
  segment: z.enum(ANALYSIS_SEGMENTS).nullable(),
  overall: Group,
  groups: z.array(Group),
}).openapi('SurveyAnalysis');

const Comparison = z.object({
  group: z.string(), against: z.string(), welch: TestResult, mannWhitney: TestResult, adjustedP: z.number().nullable(), verdict: Verdict,
});
const Hypothesis = z.object({
  id: z.enum(['h1', 'h2']),
  verdict: Verdict,
  metrics: z.array(z.object({ metric: z.enum(['continuation', 'satisfaction']), verdict: Verdict, comparisons: z.array(Comparison) })),
});

export const CxTreeReport = z.object({
  surveyId: z.uuid(),
  /** the survey asks the tree's three questions */
  hasTree: z.boolean(),
  classified: z.number().int(),
  unclassified: z.number().int(),
  trouble: z.object({ yes: z.number().int(), no: z.number().int() }),
  consulted: z.object({ yes: z.number().int(), no: z.number().int() }),
  leaves: z.array(z.object({ leaf: Leaf, n: z.number().int(), share: Estimate, satisfaction: Estimate, continuation: Estimate, nps: Estimate })),
  hypotheses: z.array(Hypothesis),
  minGroupN: z.number().int(),
  alpha: z.number(),
}).openapi('CxTreeReport');

const MappingLevel = z.object({ level: z.number().int(), risk: z.number(), prior: z.number(), n: z.number().int(), churned: z.number().int() });
export const ChurnRiskReport = z.object({
  surveyId: z.uuid(),
  currency: z.string(),
  asOf: z.string().openapi({ description: 'the day ARR is read on: the survey\'s close, or today while open' }),
  mapping: z.object({
    kind: z.enum(['default', 'calibrated']),
    reason: z.enum(['no_history', 'too_little_history', 'calibrated']),
    historyResponses: z.number().int(),
    priorStrength: z.number(),
    levels: z.array(MappingLevel),
  }),
  respondents: z.number().int(),
  accountsAssessed: z.number().int(),
  overallRisk: z.number().nullable(),
  totalArr: z.number(),
  arrAtRisk: z.number(),
  weighting: z.enum(['arr', 'accounts']),
  accounts: z.array(z.object({
    accountId: z.uuid(), accountName: z.string(), respondents: z.number().int(), risk: z.number(), arr: z.number(), arrAtRisk: z.number(),
  })),
  simulation: z.object({
    baseline: z.object({
      leaves: z.array(z.object({ leaf: Leaf, weight: z.number(), risk: z.number().nullable() })),
      unclassified: z.object({ weight: z.number(), risk: z.number().nullable() }),
      totalArr: z.number(),
    }),
    current: z.object({ consultRate: z.number().nullable(), aboveShare: z.number().nullable() }),
  }),
}).openapi('ChurnRiskReport');

export const CompareQuery = z.object({
  with: z.uuid().optional().openapi({ description: 'the survey to compare with; default: the previous run of the same series' }),
});

const Difference = z.object({
  difference: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable(), pValue: z.number().nullable(), verdict: ChangeVerdict,
});
const MeanChange = Difference.extend({ current: Estimate, previous: Estimate, test: TestResult.nullable() });
const SurveyRef = z.object({ id: z.uuid(), name: z.string(), runOn: z.string(), status: z.string() });

export const YearComparisonReport = z.object({
  current: SurveyRef,
  previous: SurveyRef.nullable(),
  comparison: z.object({
    current: z.object({ responses: z.number().int(), classified: z.number().int() }),
    previous: z.object({ responses: z.number().int(), classified: z.number().int() }),
    leaves: z.array(z.object({
      leaf: Leaf,
      current: z.object({ n: z.number().int(), share: Estimate }),
      previous: z.object({ n: z.number().int(), share: Estimate }),
      share: Difference,
      continuation: MeanChange,
    })),
    nps: Difference.extend({ current: Estimate, previous: Estimate }),
    continuation: MeanChange,
    satisfaction: MeanChange,
  }).nullable().openapi({ description: 'null when there is no earlier run to compare with' }),
}).openapi('YearComparisonReport');
