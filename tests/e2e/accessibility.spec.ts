// axe-core finds no violation of any impact on the main views, phone included. The experimental
// rule that the visible text of a control is part of its accessible name is switched on too.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { detailPanel, nodeRow, openExplorer } from './helpers';

async function expectNoViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	expect(
		results.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		)
	).toEqual([]);
}

test.describe('axe-core finds nothing', () => {
	test('on the start page', async ({ page }) => {
		await openExplorer(page);
		await expectNoViolations(page);
	});

	test('with a node selected', async ({ page }) => {
		await openExplorer(page);
		await nodeRow(page, 'Poland').click();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Poland');
		await expectNoViolations(page);
	});

	test('with a region filter and a period', async ({ page }) => {
		await openExplorer(page, '/?region=central_asia&from=2012&to=2016');
		await expect(page.getByRole('slider', { name: 'Start of the period' })).toBeVisible();
		await expectNoViolations(page);
	});

	test('in Russian, with a node selected', async ({ page }) => {
		await openExplorer(page, '/?lang=ru&node=belarus');
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Беларусь');
		await expectNoViolations(page);
	});

	test('on the Events tab, with an event selected', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('tab', { name: /^Events/ }).click();
		const events = page.getByRole('table', { name: /Events in the period/ });
		await events.getByRole('button').first().click();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toBeVisible();
		await expectNoViolations(page);
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

		test('with the details sheet open', async ({ page }) => {
			await openExplorer(page);
			await expectNoViolations(page);
			await nodeRow(page, 'Tajikistan').click();
			await expect(detailPanel(page).getByRole('heading', { level: 2 })).toBeInViewport();
			await expectNoViolations(page);
		});

		test('with the filters drawer open', async ({ page }) => {
			await openExplorer(page, '/?lang=ru');
			await page.getByRole('button', { name: 'Фильтры' }).click();
			await expect(page.getByRole('dialog')).toBeVisible();
			await expectNoViolations(page);
		});
	});
});
