/** A small, realistic portfolio created through the API for the journeys that need data. */
import type { ApiSession } from './api';

interface Created { id: string }

export interface Portfolio {
  kizunaId: string;
  sakuraId: string;
  /** the renewal date of きずな商事, 45 days from today */
  kizunaRenewal: string;
}

/** 'YYYY-MM-DD' this many days from today (UTC), so renewals stay ahead of the clock. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedPortfolio(api: ApiSession): Promise<Portfolio> {
  const me = await api.get<{ user: { id: string } }>('/me');
  const kizuna = await api.post<Created>('/accounts', {
    name: '株式会社きずな商事', nameReading: 'キズナショウジ', externalId: 'CRM-0001', industry: '製造業', sizeBand: '300-999',
    plan: 'エンタープライズ', region: '関東', useCase: '営業管理', ownerId: me.user.id,
  });
  const sakura = await api.post<Created>('/accounts', {
    name: 'さくらクラウド合同会社', nameReading: 'サクラクラウド', externalId: 'CRM-0002', industry: 'IT・通信', sizeBand: '50-99',
    plan: 'スタンダード', region: '関西',
  });
  await api.post('/accounts', { name: 'Blue Ocean Labs', externalId: 'CRM-0003', industry: 'IT・通信', sizeBand: '1-49', plan: 'スターター', region: '海外' });
  const kizunaRenewal = dayFromToday(45);
  const line = await api.post<Created>('/subscriptions', {
    accountId: kizuna.id, plan: 'エンタープライズ', product: 'Kizuna Cloud', quantity: 50, unitPrice: 3000, currency: 'JPY',
    billingInterval: 'month', status: 'active', startedOn: dayFromToday(-320), endsOn: kizunaRenewal,
  });
  // An expansion a month ago: 50 → 60 seats, so the MRR history has a step (¥150,000 → ¥180,000).
  await api.patch(`/subscriptions/${line.id}`, { quantity: 60, effectiveOn: dayFromToday(-30) });
  await api.post('/subscriptions', {
    accountId: sakura.id, plan: 'スタンダード', quantity: 12, unitPrice: 24000, currency: 'JPY',
    billingInterval: 'year', status: 'active', startedOn: dayFromToday(-60), endsOn: dayFromToday(305),
  });
  await api.post('/contacts', {
    accountId: kizuna.id, name: '佐藤 一郎', nameReading: 'サトウ イチロウ', title: '代表取締役', level: 'executive',
    role: 'decision_maker', email: 'sato@kizuna.example', cadenceDays: 90, channel: 'meeting',
  });
  await api.post('/contacts', {
    accountId: kizuna.id, name: '鈴木 美咲', nameReading: 'スズキ ミサキ', title: '営業企画部 部長', level: 'manager',
    role: 'champion', email: 'suzuki@kizuna.example', cadenceDays: 30, channel: 'online_meeting', notes: '導入推進の中心人物。月次定例に参加。',
  });
  await api.post('/contacts', {
    accountId: kizuna.id, name: '高橋 健', title: '営業部', level: 'end_user', role: 'end_user', email: 'takahashi@kizuna.example',
  });
  await api.post(`/accounts/${kizuna.id}/activities`, {
    kind: 'meeting', subject: '四半期ビジネスレビュー', body: '利用率は前四半期比で12%向上。\n次回までに管理者向けトレーニングを実施する。',
  });
  return { kizunaId: kizuna.id, sakuraId: sakura.id, kizunaRenewal };
}
