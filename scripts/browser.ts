/**
 * Which Chromium the browser tests use: Playwright's own browser when it is installed (a
 * developer's machine needs nothing special); otherwise Debian's /usr/bin/chromium, which is
 * installed with apt-get when missing and we are root (Playwright cannot download browsers
 * on machines without internet access).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for a system Chromium in a container: no sandbox as root, no background traffic. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function playwrightBrowserPath(): Promise<string | null> {
  try {
    const { chromium } = await import('@playwright/test');
    const p = chromium.executablePath();
    return p && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** '' = Playwright's own browser; otherwise the path of the system Chromium to launch. */
export async function resolveChromium(log: (line: string) => void = console.log): Promise<string> {
  if (await playwrightBrowserPath()) return '';
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    throw new Error(
      "No browser for the browser tests: run `npx playwright install chromium`, or install your system's chromium package (as root: apt-get install chromium).",
    );
  }
  log("Installing Debian's chromium for the browser tests (apt-get)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(SYSTEM_CHROMIUM)) throw new Error('apt-get did not install /usr/bin/chromium');
  return SYSTEM_CHROMIUM;
}
