/**
 * The values behind `{{…}}` for one account (see domain/mail/template-fields.ts), for
 * playbook emails and the template preview. Money is formatted in the workspace's base
 * currency for the template's language; the contact is the one given, else the account's
 * decision maker, else its first contact with an email.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/connect.js';
import { minorDigits } from '../../../domain/money/currency.js';
import type { TemplateFieldValues } from '../../../domain/mail/render-template.js';

const BANDS = { ja: { red: '赤', yellow: '黄', green: '緑' }, en: { red: 'red', yellow: 'yellow', green: 'green' } } as const;

type Row = {
  name: string; mrr: number; renewal_date: string | null; score: number | null; band: 'red' | 'yellow' | 'green' | null;
  phase_name: string | null; tier_name: string | null; owner_name: string | null; owner_email: string | null;
  contact_name: string | null; contact_email: string | null; contact_title: string | null;
  workspace_name: string; currency: string;
}

export function formatMoney(minor: number, currency: string, locale: 'ja' | 'en'): string {
  const digits = minorDigits(currency);
  // Japanese business mail writes yen as 3,600,000円 rather than ￥3,600,000.
  if (locale === 'ja' && currency === 'JPY') return `${new Intl.NumberFormat('ja-JP').format(minor)}円`;
  return new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-US', { style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: digits })
    .format(minor / 10 ** digits);
}

/** Field values for an account, or null when the account is not in this workspace. */
export async function loadAccountTemplateFields(
  tx: Tx, workspaceId: string, accountId: string, locale: 'ja' | 'en', contactId?: string | null,
): Promise<TemplateFieldValues | null> {
  const [row] = await queryRows<Row>(tx, sql`
    select a.name, a.mrr, a.renewal_date, h.score, h.band, p.name as phase_name, t.name as tier_name,
           u.name as owner_name, u.email as owner_email,
           c.name as contact_name, c.email as contact_email, c.title as contact_title,
           w.name as workspace_name, w.base_currency as currency
    from accounts a
    join workspaces w on w.id = a.workspace_id
    left join health_scores h on h.workspace_id = a.workspace_id and h.account_id = a.id
    left join phases p on p.workspace_id = a.workspace_id and p.key = a.phase
    left join touch_tiers t on t.workspace_id = a.workspace_id and t.key = a.touch_tier
    left join users u on u.id = a.owner_id
    left join lateral (
      select name, email, title from contacts c
      where c.workspace_id = a.workspace_id and c.account_id = a.id
        and (${contactId ?? null}::uuid is null or c.id = ${contactId ?? null}::uuid)
      order by (c.role = 'decision_maker') desc nulls last, (c.email is not null) desc, c.created_at, c.id
      limit 1) c on true
    where a.workspace_id = ${workspaceId}::uuid and a.id = ${accountId}::uuid`);
  if (!row) return null;
  return {
    'account.name': row.name,
    'account.arr': formatMoney(Number(row.mrr) * 12, row.currency, locale),
    'account.mrr': formatMoney(Number(row.mrr), row.currency, locale),
    'account.renewalDate': row.renewal_date,
    'account.healthScore': row.score === null ? null : Math.round(Number(row.score)),
    'account.healthBand': row.band ? BANDS[locale][row.band] : null,
    'account.phase': row.phase_name,
    'account.tier': row.tier_name,
    'contact.name': row.contact_name,
    'contact.email': row.contact_email,
    'contact.title': row.contact_title,
    'owner.name': row.owner_name,
    'owner.email': row.owner_email,
    'workspace.name': row.workspace_name,
  };
}
