import { expect, test } from '@playwright/test';
import { detailPanel, inkRatio, nodeRow, openExplorer, visibleNodes } from './helpers';

test.describe('the explorer', () => {
	test('loads and sigma draws the network on a WebGL canvas', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await openExplorer(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Prague Process Network Explorer'
		);
		const canvas = page.locator('.sigma-nodes');
		await expect(canvas).toBeVisible();
		const drawn = inkRatio(await page.locator('[data-ready="true"]').screenshot());
		expect(drawn).toBeGreaterThan(0.01);
		expect(errors).toEqual([]);
	});

	test('the "Visible nodes" table lists all 49 participating states', async ({ page }) => {
		await openExplorer(page);
		const table = visibleNodes(page);
		const stateRows = table
			.getByRole('row')
			.filter({ has: page.getByRole('cell', { name: 'State', exact: true }) });
		await expect(stateRows).toHaveCount(49);
		for (const name of [
			'Tajikistan',
			'Belarus',
			'Kosovo*',
			'Türkiye',
			'Russian Federation',
			'Sweden'
		]) {
			await expect(nodeRow(page, name, table)).toBeVisible();
		}
	});

	test('searching "Tajikistan" selects it and shows its region and sources', async ({ page }) => {
		await openExplorer(page);
		const search = page.getByRole('combobox', { name: 'Find a node' });
		await search.fill('tajik');
		await expect(page.getByRole('option', { name: /Tajikistan/ })).toBeVisible();
		await search.press('Enter');
		const panel = detailPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
		await expect(panel.getByText('Central Asia').first()).toBeVisible();
		const sourceLinks = panel.getByRole('link', { name: /^Source / });
		expect(await sourceLinks.count()).toBeGreaterThan(0);
		await expect(sourceLinks.first()).toHaveAttribute('href', /^https?:\/\//);
		// The table follows the selection.
		await expect(nodeRow(page, 'Tajikistan')).toHaveAttribute('aria-current', 'true');
	});

	test('search ignores accents and case: "turkiye" finds Türkiye', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('combobox', { name: 'Find a node' }).fill('turkiye');
		await page
			.getByRole('option', { name: /Türkiye/ })
			.first()
			.click();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Türkiye');
	});

	test('clicking a row selects the node; a relation link selects the other end; Escape clears', async ({
		page
	}) => {
		await openExplorer(page);
		await nodeRow(page, 'Belarus').click();
		const panel = detailPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Belarus');
		await expect(panel.getByText('not invited since 2022')).toBeVisible();
		await panel.getByRole('button', { name: 'Eastern Partnership', exact: true }).click();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Eastern Partnership');
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(nodeRow(page, 'Eastern Partnership')).not.toHaveAttribute('aria-current', 'true');
	});

	test('uncertain facts are marked in the detail panel', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('combobox', { name: 'Find a node' }).fill('Core Group');
		await page.getByRole('combobox', { name: 'Find a node' }).press('Enter');
		const panel = detailPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Core Group');
		await expect(panel.getByRole('note')).toContainText('Uncertain');
	});

	test('the interface switches to Russian and back, labels included', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('button', { name: 'Switch the interface to Russian' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Обозреватель сети Пражского процесса'
		);
		await expect(
			nodeRow(page, 'Таджикистан', page.getByRole('table', { name: /Видимые узлы/ }))
		).toBeVisible();
		await page.getByRole('button', { name: 'Переключить интерфейс на английский' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Prague Process Network Explorer'
		);
	});

	test('without WebGL the page says why and the table still works', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			// Pretend this browser has no WebGL at all, as some locked-down machines do.
			Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
				value: function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
					if (/webgl/.test(type)) return null;
					return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
				}
			});
		});
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('needs WebGL');
		await nodeRow(page, 'Tajikistan').click();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
	});
});
