import { expect, test } from '@playwright/test';
import { nodeRow, openExplorer, visibleNodes } from './helpers';

// The service worker is what this file tests: it must be allowed (Playwright's default), whatever
// other files choose.
test.use({ serviceWorkers: 'allow' });

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
		await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
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
});
