import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { nodeRow, openExplorer, visibleNodes } from './helpers';

// The service worker is what this file tests: it must be allowed (Playwright's default), whatever
// other files choose.
test.use({ serviceWorkers: 'allow' });

/**
 * The service worker as `vite preview` serves it: SvelteKit's preview serves the client output,
 * of which build/ is a copy.
 */
const WORKER = '.svelte-kit/output/client/service-worker.js';

test.describe('offline', () => {
	test('after one online visit, a reload with the network off still shows the explorer', async ({
		page,
		context
	}) => {
		await openExplorer(page);
		// The header says so once the app, the dataset and the stories are saved.
		await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible();

		await context.setOffline(true);
		// Really offline: the network is refused to the page.
		expect(
			await page.evaluate(() =>
				fetch('/favicon.svg?not-saved').then(
					() => 'online',
					() => 'offline'
				)
			)
		).toBe('offline');

		await page.reload();
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await page.waitForFunction(
			() => performance.getEntriesByName('network:first-frame').length > 0
		);
		await expect(page.locator('.sigma-nodes')).toBeVisible();
		for (const name of ['Tajikistan', 'Belarus', 'Prague Process']) {
			await expect(nodeRow(page, name, visibleNodes(page))).toBeVisible();
		}
		await expect(page.getByRole('status').filter({ hasText: /^\s*Offline\s*$/ })).toBeVisible();
		// The stories are there too, for present mode.
		const scenes = await page.evaluate(() =>
			fetch('/data/stories/default.json').then((r) => r.json() as Promise<{ scenes: unknown[] }>)
		);
		expect(scenes.scenes.length).toBeGreaterThan(5);
	});

	test('a link with a view opens offline, on that view', async ({ page, context }) => {
		await openExplorer(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible();
		await context.setOffline(true);
		await page.goto('/?region=central_asia&node=tajikistan');
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await expect(nodeRow(page, 'Tajikistan')).toHaveAttribute('aria-current', 'true');
		await expect(nodeRow(page, 'Sweden')).toHaveCount(0);
	});

	test('present mode opens and steps on offline after one online visit', async ({
		page,
		context
	}) => {
		await openExplorer(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible();
		await context.setOffline(true);
		await page.goto('/?present=default&scene=3');
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await expect(
			page.getByText(/^On 4 November 2011 the Ministerial Conference in Poznań/)
		).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByText(/^The Core Group first met in Warsaw/)).toBeVisible();
		await expect(page.getByText('4 / 11', { exact: true })).toBeVisible();
		// Back to the explorer, still offline.
		await page.keyboard.press('Escape');
		await expect(page.getByRole('status').filter({ hasText: /^\s*Offline\s*$/ })).toBeVisible();
	});

	test('a new version waits beside the old one, then replaces it whole on reload', async ({
		page
	}) => {
		await openExplorer(page);
		await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible();
		const cacheNames = () => page.evaluate(() => caches.keys());
		const [first] = await cacheNames();
		expect(first).toMatch(/^ppne-/);

		// The next deployment: the same worker under another version. The browser fetches a worker's
		// script itself, out of reach of Playwright's routing, so the served file is swapped for the
		// time of this test (the same length: the preview server keeps the sizes it saw at start).
		// A page with no worker yet works the same with either file.
		const { version } = await (await page.request.get('/_app/version.json')).json();
		const next = version.slice(0, -1) + (version.endsWith('x') ? 'y' : 'x');
		const original = readFileSync(WORKER, 'utf8');
		writeFileSync(WORKER, original.replaceAll(version, next));
		try {
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
		} finally {
			writeFileSync(WORKER, original);
		}

		// Announced, and saved beside the old version, which still serves this page: no mix.
		await expect(page.getByRole('status').filter({ hasText: 'New version ready' })).toBeVisible();
		expect((await cacheNames()).sort()).toEqual([first, `ppne-${next}`].sort());

		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Reload to update' }).click()
		]);
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Ready offline' })).toBeVisible();
		// The old version's cache is gone once the new one is in charge.
		expect(await cacheNames()).toEqual([`ppne-${next}`]);
	});
});
