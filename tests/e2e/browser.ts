/**
 * Which Chromium the end-to-end tests drive: Debian's when it is installed,
 * otherwise Playwright's own; with neither, say how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | undefined {
  const system = process.env.CHROMIUM_PATH ?? SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined; // Playwright's own build
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  any system:    npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
