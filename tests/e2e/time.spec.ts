import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { detailPanel, nodeRow, openExplorer, visibleNodes } from './helpers';

const PP1 = 'Pilot Project 1: illegal migration (readmission and return)';
const PP2 = 'Pilot Project 2: legal and labour migration';
const PP_DATA = 'Prague Process: Dialogue, Analysis and Training in Action (PP DATA)';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const items = (page: Page) =>
	page.getByRole('listbox', { name: 'Events, documents and projects on the timeline' });
const eventsTable = (page: Page) => page.getByRole('table', { name: /Events in the period/ });

/** The dates in the first column of the "Events in the period" table. */
async function eventDates(page: Page): Promise<string[]> {
	await page.getByRole('tab', { name: /^Events/ }).click();
	return eventsTable(page).locator('tbody tr td:first-child').allInnerTexts();
}

test.describe('time that reads in years', () => {
	test('the period becomes 2012 in under ten key presses from the timeline’s toolbar', async ({
		page
	}) => {
		await openExplorer(page);
		// The start of the toolbar: its first control.
		await timeline(page).getByRole('button', { name: /^Play/ }).focus();
		let presses = 0;
		const press = async (key: string) => (presses++, page.keyboard.press(key));
		await press('Tab');
		await expect(page.getByRole('combobox', { name: 'Year' })).toBeFocused();
		for (const key of '2012') await press(key);
		expect(presses).toBeLessThan(10);

		await expect(page.getByText('Showing what was valid in 2012.')).toBeVisible();
		await expect(page).toHaveURL(/from=2012-01-01&to=2012-12-31/);
		// The pilot projects that ran in 2012 are listed; PP DATA (from 2018) is not.
		await expect(nodeRow(page, PP1)).toBeVisible();
		await expect(nodeRow(page, PP_DATA)).toHaveCount(0);
		// The Events tab lists 2012's events and nothing else.
		const dates = await eventDates(page);
		expect(dates.length).toBeGreaterThan(2);
		for (const date of dates) expect(date).toMatch(/2012/);
	});

	test('“Choose a period” proposes the whole year under the middle of the timeline', async ({
		page
	}) => {
		await openExplorer(page);
		await page.getByRole('button', { name: 'Choose a period' }).click();
		// The whole timeline runs from 2009 to the end of this year: its middle is in 2017 or 2018.
		await expect(page.getByText(/^Showing what was valid in 201[78]\.$/)).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue(/^201[78]$/);
	});

	test('Play stands on whole years: the Events tab shows the events of that year', async ({
		page
	}) => {
		await openExplorer(page, '/?from=2011-01-01&to=2011-12-31');
		const play = page.getByRole('button', { name: 'Play the network’s growth year by year' });
		// It goes on from 2011 to 2012 at once; pause there, before the next step.
		await play.click();
		await play.click();
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		await expect(page.getByText('Showing what was valid in 2012.')).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2012');
		const dates = await eventDates(page);
		expect(dates.length).toBeGreaterThan(2);
		for (const date of dates) expect(date).toMatch(/2012/);
		await expect(eventsTable(page).getByRole('button', { name: /Pilot Project 4/ })).toBeVisible();
	});

	test('ticking a region greys out the bars of the projects it hides', async ({ page }) => {
		await openExplorer(page);
		const bar = (label: string) =>
			items(page).getByRole('option', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')},`) });
		const fillOpacity = (label: string) =>
			bar(label)
				.locator('rect')
				.evaluate((rect) => getComputedStyle(rect).fillOpacity);
		await expect(bar(PP1)).not.toHaveAccessibleName(/hidden by the filters/);
		expect(await fillOpacity(PP1)).toBe('1');

		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		// PP1 had no Central Asian state; PP2 had.
		await expect(bar(PP1)).toHaveAccessibleName(/, hidden by the filters$/);
		await expect(bar(PP1)).toHaveClass(/filtered/);
		expect(Number(await fillOpacity(PP1))).toBeLessThan(0.3);
		await expect(bar(PP2)).not.toHaveAccessibleName(/hidden by the filters/);
		expect(await fillOpacity(PP2)).toBe('1');
	});

	test('the node table’s Period column sorts by start, unknown periods last', async ({ page }) => {
		await openExplorer(page);
		const header = visibleNodes(page).getByRole('columnheader', { name: /^Period/ });
		const periods = () => visibleNodes(page).locator('tbody tr td.period').allInnerTexts();
		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'ascending');
		const ascending = await periods();
		// The earliest first: the Budapest Process, set up in 1993.
		expect(ascending[0]).toBe('since 1993');
		expect(ascending.at(-1)).toBe('');
		const firstYears = ascending.filter(Boolean).map((p) => Number(/\d{4}/.exec(p)![0]));
		expect(firstYears).toEqual([...firstYears].sort((a, b) => a - b));

		await header.getByRole('button').click();
		await expect(header).toHaveAttribute('aria-sort', 'descending');
		const descending = await periods();
		expect(Number(/\d{4}/.exec(descending[0]!)![0])).toBe(Math.max(...firstYears));
		expect(descending.at(-1)).toBe('');

		await page.getByRole('button', { name: 'Switch the interface to Russian' }).click();
		const table = page.getByRole('table', { name: /Видимые узлы/ });
		await expect(table.getByRole('columnheader', { name: /^Период/ })).toBeVisible();
		// After "с" (since) the month takes the genitive: "с апреля 2009 г.", not "с апрель".
		await expect(table.getByRole('row', { name: /^Австрия/ }).locator('td.period')).toHaveText(
			'с апреля 2009 г.'
		);
	});

	test('the timeline’s items are one tab stop, named, moved through with the arrows', async ({
		page
	}) => {
		await openExplorer(page);
		await page.getByRole('button', { name: 'Show the whole timeline' }).focus();
		await page.keyboard.press('Tab');
		const first = items(page).getByRole('option').and(page.locator(':focus'));
		await expect(first).toHaveAccessibleName(/^1st Ministerial Conference .*, 28 April 2009$/);
		// Right: the next conference; Down: the Senior Officials' Meeting nearest in time.
		await page.keyboard.press('ArrowRight');
		await expect(page.locator(':focus')).toHaveAccessibleName(/Poznań, 4 November 2011$/);
		await page.keyboard.press('ArrowDown');
		await expect(
			items(page).getByRole('group', { name: 'Senior Officials’ Meetings' }).locator(':focus')
		).toHaveCount(1);
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('Enter');
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toContainText('Poznań');
		await expect(items(page).getByRole('option', { selected: true })).toHaveAccessibleName(
			/Poznań/
		);
		// Only one item takes a tab stop: the next Tab leaves the items.
		await page.keyboard.press('Tab');
		await expect(items(page).locator(':focus')).toHaveCount(0);
		// No unnamed image anywhere in the timeline, and axe finds nothing.
		expect(await timeline(page).ariaSnapshot()).not.toMatch(/- img(?! ")/);
		const axe = await new AxeBuilder({ page }).include('section.timeline').analyze();
		expect(axe.violations.map((v) => v.id)).toEqual([]);
	});
});
