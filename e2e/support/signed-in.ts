/**
 * The usual start of a journey: a real server on a fresh data folder, a workspace made
 * through the API, Chromium, and the admin signed in on a Japanese page.
 */
import type { Browser, Page } from 'playwright-core';
import { setupWorkspace, type ApiSession } from './api';
import { launchBrowser, newPage, signIn } from './browser';
import { startServer, type RunningServer } from './server';

export interface SignedIn {
  server: RunningServer;
  api: ApiSession;
  browser: Browser;
  page: Page;
}

export async function openSignedIn(locale: 'ja' | 'en' = 'ja'): Promise<SignedIn> {
  const server = await startServer();
  const api = await setupWorkspace(server.url, locale);
  const browser = await launchBrowser();
  const page = await newPage(browser, server.url, locale);
  await signIn(page);
  return { server, api, browser, page };
}

export async function closeSignedIn(session: Partial<SignedIn>): Promise<void> {
  await session.browser?.close();
  await session.server?.stop();
}
