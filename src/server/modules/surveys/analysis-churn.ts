/**
 * GET /surveys/{id}/churn-risk: the survey's continuation answers turned into churn risk per
 * account and overall, with the ARR at risk, the mapping in use (default or calibrated on the
 * workspace's own churn, and why), and the what-if simulator's baseline.
 *
 * Calibration history: every continuation answer (of any survey) given at least 365 days
 * before today by an account paying on the day it answered; its outcome is whether that
 * account churned in the 365 days after the answer (the revenue engine's churn movements).
 * ARR: the account's MRR × 12 on the survey's reference day — the day it closed, or today while
 * it is open — so a past run is weighed by the revenue its answers spoke for.
 */
import type { Tx } from '../../db/connect.js';
import { leafOf } from '../../../domain/surveys/cx-tree.js';
import { churnMapping, portfolioRisk, riskOf, type CalibrationRow } from '../../../domain/surveys/churn-risk.js';
import { currentRates, simulationBaseline, type SimRespondent } from '../../../domain/surveys/simulate.js';
import { loadRevenueHistory, type RevenueHistory } from './analysis-history.js';
import { selectAnalysedResponses, selectHistoricAnswers, type AnalysedSurvey } from './analysis-store.js';

const YEAR_DAYS = 365;
/** accounts listed, highest ARR at risk first */
const ACCOUNT_LIST_LIMIT = 20;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

async function calibrationRows(tx: Tx, workspaceId: string, history: RevenueHistory, today: string): Promise<CalibrationRow[]> {
  const answers = await selectHistoricAnswers(tx, workspaceId, daysBefore(today, YEAR_DAYS));
  return answers
    .filter((a) => history.mrrOn(a.accountId, a.answeredOn) > 0)
    .map((a) => ({ continuation: a.continuation, churned: history.churnedWithin(a.accountId, a.answeredOn, YEAR_DAYS) }));
}

export async function buildChurnRisk(tx: Tx, workspaceId: string, survey: AnalysedSurvey, today: string) {
  const history = await loadRevenueHistory(tx, workspaceId);
  const mapping = churnMapping(await calibrationRows(tx, workspaceId, history, today));
  const asOf = survey.closedOn !== null && survey.closedOn < today ? survey.closedOn : today;
  const arrOf = (accountId: string) => history.mrrOn(accountId, asOf) * 12;
  const responses = await selectAnalysedResponses(tx, workspaceId, survey.id);
  const portfolio = portfolioRisk(mapping, responses, arrOf);
  const names = new Map(responses.map((r) => [r.accountId, r.accountName]));
  const respondents: SimRespondent[] = responses.flatMap((r) => {
    const risk = riskOf(mapping, r.continuation);
    return risk === null ? [] : [{ accountId: r.accountId, leaf: leafOf(r), risk }];
  });
  const baseline = simulationBaseline(respondents, arrOf);
  const accounts = [...portfolio.accounts]
    .sort((a, b) => b.arrAtRisk - a.arrAtRisk || b.risk - a.risk || a.accountId.localeCompare(b.accountId))
    .slice(0, ACCOUNT_LIST_LIMIT)
    .map((a) => ({ ...a, accountName: names.get(a.accountId) ?? '' }));
  return {
    surveyId: survey.id, currency: history.currency, asOf, mapping,
    respondents: respondents.length, accountsAssessed: portfolio.accounts.length,
    overallRisk: portfolio.overallRisk, totalArr: portfolio.totalArr, arrAtRisk: portfolio.arrAtRisk, weighting: portfolio.weighting,
    accounts,
    simulation: { baseline, current: currentRates(baseline) },
  };
}
