/**
 * A problem answer read into an ApiError: the field messages of failed checks come out in the
 * UI's language (the global i18next the app initialises), the server's own words stay.
 */
import i18n from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ja from '../i18n/ja.json';
import { ApiError, request } from './http';

beforeAll(async () => {
  await i18n.init({ lng: 'ja', resources: { ja: { translation: ja } }, interpolation: { escapeValue: false } });
});
afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('turns a 400 into an ApiError whose field messages are in Japanese where the check is known', async () => {
    const problem = {
      type: 'about:blank', title: 'Bad Request', status: 400, code: 'request.invalid', detail: 'The request has 2 invalid fields: name, ownerId',
      fields: [
        { path: 'name', message: 'Too big: expected string to have <=200 characters', code: 'too_big', params: { origin: 'string', maximum: 200, inclusive: true } },
        { path: 'ownerId', message: 'not a member of this workspace' },
      ],
    };
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const error = await request('POST', '/accounts', { json: { name: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('request.invalid');
    expect((error as ApiError).fieldMessage('name')).toBe('200文字以内で入力してください');
    expect((error as ApiError).fieldMessage('ownerId')).toBe('not a member of this workspace');
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/accounts', expect.objectContaining({ method: 'POST' }));
  });
});
