/**
 * A new handoff starts from what Kizuna already knows about the account — the contract from
 * billing (plan, seats, annual amount, start, renewal) and the contacts already marked as the
 * decision maker or project members — so sales writes only what CRM and billing cannot know:
 * goals, what people care about, risks, promises.
 */
import { emptyHandoffContent, type HandoffContent } from './content.js';

export interface PrefillFacts {
  plan: string | null;
  /** account MRR in minor units of `currency` */
  mrr: number;
  currency: string;
  startOn: string | null;
  renewalOn: string | null;
  seats: number | null;
  contacts: Array<{ id: string; name: string; title: string | null; role: string | null; notes: string | null }>;
}

export function prefillHandoff(facts: PrefillFacts): HandoffContent {
  const content = emptyHandoffContent();
  content.contract = {
    plan: facts.plan ?? '',
    seats: facts.seats !== null && facts.seats > 0 ? facts.seats : null,
    annualAmount: facts.mrr > 0 ? facts.mrr * 12 : null,
    currency: facts.mrr > 0 ? facts.currency : null,
    startOn: facts.startOn,
    renewalOn: facts.renewalOn,
    specialTerms: '',
  };
  const decider = facts.contacts.find((c) => c.role === 'decision_maker');
  if (decider) content.decisionMaker = { contactId: decider.id, name: decider.name, title: decider.title ?? '', cares: '' };
  content.stakeholders = facts.contacts
    .filter((c) => c.role === 'champion' || c.role === 'project_member')
    .slice(0, 10)
    .map((c) => ({ contactId: c.id, name: c.name, role: '', notes: c.notes ?? '' }));
  return content;
}
