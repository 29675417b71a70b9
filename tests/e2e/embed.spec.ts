// Embedding: the network chrome-less in another site's page, with a way to the explorer; "Copy link"
// gives the iframe an editor pastes.
import { expect, test } from '@playwright/test';
import { inkRatio, openExplorer } from './helpers';

test.describe('embedding', () => {
	test('an embed page shows the network and the link to the explorer', async ({ page }) => {
		await page.goto('/?embed=1&region=central_asia&node=tajikistan');
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		await page.waitForFunction(
			() => performance.getEntriesByName('network:first-frame').length > 0
		);
		expect(inkRatio(await page.locator('[data-ready="true"]').screenshot())).toBeGreaterThan(0.01);
		const link = page.getByRole('link', { name: 'Open in the explorer' });
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', /region=central_asia/);
		await expect(link).toHaveAttribute('href', /node=tajikistan/);
		await expect(link).not.toHaveAttribute('href', /embed/);
		// No chrome: no header, panels, legend or zoom buttons.
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
		await expect(page.getByRole('table', { name: /Visible nodes/ })).toHaveCount(0);
		await expect(page.getByRole('group', { name: 'Zoom the network' })).toHaveCount(0);
		await expect(page.getByText('Legend')).toHaveCount(0);
	});

	test('an embedded story shows its caption band and steps on', async ({ page }) => {
		await page.goto('/?embed=1&present=default&scene=4');
		await expect(page.getByText(/^The Core Group first met in Warsaw/)).toBeVisible();
		await expect(page.getByRole('link', { name: 'Open in the explorer' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Presenter window' })).toHaveCount(0);
		await page.getByRole('button', { name: 'Next scene' }).click();
		await expect(page.getByText('5 / 11', { exact: true })).toBeVisible();
	});

	test('Copy link offers an iframe snippet that shows the view in another page', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openExplorer(page, '/?type=state&node=tajikistan');
		await page.getByRole('button', { name: 'Copy link' }).click();
		const snippet = page.getByLabel('Paste this HTML into a web page to show this view there:');
		await expect(snippet).toHaveValue(
			new RegExp(`^<iframe src="${baseURL}/\\?embed=1&amp;type=state&amp;node=tajikistan"`)
		);
		await page.getByRole('button', { name: 'Copy the embed code' }).click();
		await expect(page.getByText('Embed code copied')).toBeVisible();
		const html = await page.evaluate(() => navigator.clipboard.readText());

		// An editor pastes it into a page of their own: the view appears there.
		const host = await context.newPage();
		await host.setContent(`<!doctype html><title>Host</title><h1>Our page</h1>${html}`);
		const frame = host.frameLocator('iframe');
		await expect(frame.locator('[data-ready="true"]')).toBeVisible();
		await expect(frame.getByRole('link', { name: 'Open in the explorer' })).toHaveAttribute(
			'href',
			/node=tajikistan/
		);
	});
});
