/**
 * The one-line "why" of an account on the follow-today list, e.g.
 * 赤 38点（7日で−12）・ARR ¥420万・更新まで21日・期限切れタスク2件. Pure: the caller passes the
 * translate function and the money formatter.
 */
import type { TodayReason } from '../../../domain/today/rank-accounts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** A signed whole or one-decimal number with a real minus sign: +3, −12, −2.5. */
export function signed(value: number): string {
  const text = String(Math.abs(Math.round(value * 10) / 10));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : '±0';
}

export function reasonText(reason: TodayReason, t: Translate, money: (minor: number) => string): string {
  switch (reason.kind) {
    case 'health': {
      if (reason.band === null || reason.score === null) return t('today.reason.noScore');
      const head = t('today.reason.health', { band: t(`today.band.${reason.band}`), score: Math.round(reason.score) });
      return reason.change === null || reason.change === 0 ? head : head + t('today.reason.change', { change: signed(reason.change) });
    }
    case 'arr': return t('today.reason.arr', { amount: money(reason.arr) });
    case 'renewal':
      if (reason.days > 0) return t('today.reason.renewalIn', { days: reason.days });
      if (reason.days === 0) return t('today.reason.renewalToday');
      return t('today.reason.renewalPassed', { days: -reason.days });
    case 'overdue_tasks': return t('today.reason.overdueTasks', { count: reason.count });
    case 'due_today': return t('today.reason.dueToday', { count: reason.count });
    case 'touch_overdue': return t('today.reason.touchOverdue', { days: reason.days });
  }
}

export function reasonLine(reasons: TodayReason[], t: Translate, money: (minor: number) => string): string {
  return reasons.map((r) => reasonText(r, t, money)).join(t('today.reason.separator'));
}
