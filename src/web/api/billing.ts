/** Client for /api/v1/billing: the Stripe connection and the billing events it received. */
import { request } from './http';

export interface StripeConnection {
  configured: boolean;
  /** last four characters of the signing secret; the secret itself never comes back */
  secretEnd: string | null;
  /** stored, but sealed with a KIZUNA_SECRET_KEY this server does not have: enter it again */
  secretUnreadable: boolean;
  updatedAt: string | null;
  webhookPath: string;
}

export interface BillingEvent {
  eventId: string;
  type: string;
  status: string;
  reason: string | null;
  customerId: string | null;
  occurredAt: string;
  receivedAt: string;
}

export const billingApi = {
  stripe: () => request<StripeConnection>('GET', '/billing/stripe'),
  setStripeSecret: (signingSecret: string) => request<unknown>('PUT', '/billing/stripe', { json: { signingSecret } }),
  disconnectStripe: () => request<unknown>('DELETE', '/billing/stripe'),
  unmatched: () => request<{ items: BillingEvent[] }>('GET', '/billing/events', { query: { status: 'unmatched', limit: 50 } }),
  retryUnmatched: () => request<{ applied: number; stillUnmatched: string[] }>('POST', '/billing/events/retry'),
};

export const billingKeys = {
  all: ['billing'] as const,
  stripe: ['billing', 'stripe'] as const,
  unmatched: ['billing', 'unmatched'] as const,
};
