/** Seeding through the real API (the same calls the web app makes), with the admin's session cookie. */

export const ADMIN = { name: '山田 花子', email: 'admin@example.com', password: 'password1234' } as const;
export const WORKSPACE_NAME = 'きずなソフト株式会社';

export interface ApiSession {
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
}

function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const cookie = header.split(';')[0];
  if (!cookie) throw new Error('no session cookie in the response');
  return cookie;
}

/** Creates the workspace and its admin via POST /api/v1/setup and returns an API session. */
export async function setupWorkspace(baseUrl: string, locale: 'ja' | 'en' = 'ja'): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/v1/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspaceName: WORKSPACE_NAME, ...ADMIN, locale }),
  });
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`);
  return apiSession(baseUrl, sessionCookie(response));
}

function apiSession(baseUrl: string, cookie: string): ApiSession {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    get: (path) => call('GET', path),
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
  };
}
