/**
 * The scorecard a new workspace starts with: engagement (logins, active users against seats,
 * feature breadth, the usage trend) and relationship (CSM sentiment, renewal proximity; NPS
 * once surveys exist). Measures without data are left out of an account's score, so it works
 * from day one with whatever the workspace has.
 */
import type { ScorecardDefinition } from './scorecard.js';

export function defaultScorecardDefinition(locale: 'ja' | 'en' = 'ja'): ScorecardDefinition {
  const ja = locale === 'ja';
  return {
    bands: { red: 40, green: 70 },
    root: {
      kind: 'group', id: 'overall', label: ja ? '総合' : 'Overall', weight: 1,
      children: [
        {
          kind: 'group', id: 'engagement', label: ja ? '利用状況' : 'Engagement', weight: 70,
          children: [
            {
              kind: 'measure', id: 'logins', label: ja ? 'ログイン数(30日)' : 'Logins (30 days)', weight: 25,
              source: { type: 'logins', windowDays: 30 },
              normalize: { type: 'percentile' },
            },
            {
              kind: 'measure', id: 'active_ratio', label: ja ? 'アクティブ率(席数比)' : 'Active users ÷ seats', weight: 30,
              source: { type: 'active_user_ratio', windowDays: 30 },
              normalize: { type: 'range', low: 0.1, high: 0.8 },
            },
            {
              kind: 'measure', id: 'breadth', label: ja ? '機能の利用幅' : 'Feature breadth', weight: 20,
              source: { type: 'feature_breadth', windowDays: 30 },
              normalize: { type: 'threshold', steps: [{ min: 2, points: 40 }, { min: 4, points: 70 }, { min: 6, points: 100 }], below: 0 },
            },
            {
              kind: 'measure', id: 'usage_trend', label: ja ? '利用の増減(前期比)' : 'Usage trend vs previous period', weight: 25,
              source: { type: 'trend', windowDays: 30, of: 'events' },
              normalize: { type: 'range', low: -50, high: 20 },
            },
          ],
        },
        {
          kind: 'group', id: 'relationship', label: ja ? '関係性' : 'Relationship', weight: 30,
          children: [
            {
              kind: 'measure', id: 'sentiment', label: ja ? 'CSMの所感' : 'CSM sentiment', weight: 50,
              source: { type: 'sentiment' },
              normalize: { type: 'range', low: 1, high: 5 },
            },
            {
              kind: 'measure', id: 'nps', label: 'NPS', weight: 30,
              source: { type: 'survey', metric: 'nps' },
              normalize: { type: 'range', low: 0, high: 10 },
            },
            {
              kind: 'measure', id: 'renewal', label: ja ? '更新までの日数' : 'Days to renewal', weight: 20,
              source: { type: 'days_to_renewal' },
              normalize: { type: 'range', low: 0, high: 120 },
            },
          ],
        },
      ],
    },
  };
}
