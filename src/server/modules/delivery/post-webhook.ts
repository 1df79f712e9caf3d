/** Posting a webhook: JSON, a timeout, and the HTTP status (null when no answer came). */

export interface WebhookResult {
  status: number | null;
  error: string | null;
}

export async function postWebhook(url: string, body: Record<string, unknown>, options: { timeoutMs: number; outboxId: string }): Promise<WebhookResult> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Kizuna-Webhook/1', 'x-kizuna-message-id': options.outboxId },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    const text = await res.text().catch(() => '');
    if (res.ok) return { status: res.status, error: null };
    return { status: res.status, error: `HTTP ${res.status}${text ? `: ${text.slice(0, 300)}` : ''}` };
  } catch (error) {
    const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const reason = e.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message ?? String(error));
    return { status: null, error: reason.slice(0, 500) };
  }
}
