// With classic scrollbars (as on Windows and most Linux desktops; headless tests hide them by
// default) a scrollbar takes width from a box: the layout must still settle, not grow step by step.
import { expect, test } from '@playwright/test';
import config from '../../playwright.config';
import { openExplorer } from './helpers';

test.use({
	viewport: { width: 1280, height: 720 },
	// The configuration's browser and flags, without the one that hides scrollbars.
	launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] }
});

test('with scrollbars shown the page settles at the window’s width', async ({ page }) => {
	await openExplorer(page, '/?node=tajikistan');
	const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
	await expect(timeline.getByRole('button', { name: 'Choose a period' })).toBeVisible();
	const width = () => timeline.evaluate((e) => e.getBoundingClientRect().width);
	const first = await width();
	await page.waitForTimeout(1000);
	expect(await width()).toBe(first);
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		)
	).toBe(true);
});
