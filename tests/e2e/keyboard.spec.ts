// Keyboard and screen reader: skip links, where the focus goes after each action that changes the
// page under it, what live regions say, and the page's language and title.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TYPE_COLORS } from '../../src/lib/graph/appearance';
import { detailPanel, networkPicture, nodeRow, openExplorer } from './helpers';

/** Fails when the focus has fallen back to the page itself. */
async function expectFocusNotLost(page: Page) {
	expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

const skipLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Skip links' }).getByRole('link', { name });

/** Activates a skip link from the keyboard. */
async function follow(link: Locator) {
	await link.focus();
	await expect(link).toBeInViewport();
	await link.press('Enter');
}

test.describe('skip links', () => {
	test('are the first Tab stops, shown when focused, and each reaches its part', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		await page.keyboard.press('Tab');
		const first = skipLink(page, 'Skip to the search box');
		await expect(first).toBeFocused();
		await expect(first).toBeInViewport();

		await follow(first);
		await expect(page.getByRole('combobox', { name: 'Find a node' })).toBeFocused();

		await follow(skipLink(page, 'Skip to the filters'));
		await expect(page.getByRole('heading', { name: 'Filters' })).toBeFocused();

		await follow(skipLink(page, 'Skip to the network'));
		const network = page.getByRole('region', { name: /^Network of the Prague Process/ });
		await expect(network.getByRole('button', { name: 'Zoom in' })).toBeFocused();

		await page.getByRole('tab', { name: /^Events/ }).click();
		await follow(skipLink(page, 'Skip to the list of nodes'));
		const nodesTab = page.getByRole('tab', { name: /^Nodes/ });
		await expect(nodesTab).toBeFocused();
		await expect(nodesTab).toHaveAttribute('aria-selected', 'true');

		await follow(skipLink(page, 'Skip to the details'));
		await expect(detailPanel(page).getByRole('heading', { name: 'Tajikistan' })).toBeFocused();

		await follow(skipLink(page, 'Skip to the timeline'));
		const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
		expect(await timeline.evaluate((region) => region.contains(document.activeElement))).toBe(true);
	});

	test('without a selection there is no link to empty details', async ({ page }) => {
		await openExplorer(page);
		await expect(skipLink(page, 'Skip to the filters')).toHaveCount(1);
		await expect(skipLink(page, 'Skip to the details')).toHaveCount(0);
	});
});

test.describe('the focus', () => {
	test('moves to the detail heading after a relation or event link, and Tab goes on in the panel', async ({
		page
	}) => {
		await openExplorer(page);
		await nodeRow(page, 'Belarus').click();
		const panel = detailPanel(page);
		await panel.getByRole('button', { name: 'Eastern Partnership', exact: true }).click();
		const heading = panel.getByRole('heading', { level: 2 });
		await expect(heading).toHaveText('Eastern Partnership');
		await expect(heading).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('button', { name: 'Clear selection' })).toBeFocused();

		// An event in a node's panel shows the event, the focus on its heading.
		await nodeRow(page, 'Poland').click();
		const event = panel
			.getByRole('list')
			.getByRole('button', { name: /Poznań/ })
			.first();
		const title = (await event.textContent())!.trim();
		await event.press('Enter');
		await expect(heading).toHaveText(title);
		await expect(heading).toBeFocused();
		// And a node the event involves, back to a node's heading.
		await panel.getByRole('button', { name: 'Poland', exact: true }).press('Enter');
		await expect(heading).toHaveText('Poland');
		await expect(heading).toBeFocused();
	});

	test('returns to the row that made the selection after × and after Escape', async ({ page }) => {
		await openExplorer(page);
		const row = nodeRow(page, 'Belarus');
		await row.click();
		const panel = detailPanel(page);
		// Through a relation link first: the way back is still the row.
		await panel.getByRole('button', { name: 'Eastern Partnership', exact: true }).click();
		await panel.getByRole('button', { name: 'Clear selection' }).press('Enter');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
		await expect(row).toBeFocused();

		await row.press('Enter');
		await panel.getByRole('heading', { level: 2 }).focus();
		await page.keyboard.press('Escape');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
		await expect(row).toBeFocused();
	});

	test('goes to the search box after × when the selection came from the canvas', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		await detailPanel(page).getByRole('button', { name: 'Clear selection' }).click();
		await expect(page.getByRole('combobox', { name: 'Find a node' })).toBeFocused();
	});

	test('goes to the first handle after "Choose a period" and back after "All time"', async ({
		page
	}) => {
		await openExplorer(page);
		const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
		await timeline.getByRole('button', { name: 'Choose a period' }).press('Enter');
		await expect(timeline.getByRole('slider', { name: 'Start of the period' })).toBeFocused();
		// The period is set from the keyboard alone, then removed.
		await page.keyboard.press('Shift+ArrowRight');
		await timeline.getByRole('button', { name: 'All time' }).press('Enter');
		await expect(timeline.getByRole('slider')).toHaveCount(0);
		await expect(timeline.getByRole('button', { name: 'Choose a period' })).toBeFocused();
	});

	test('stays on "Clear all" after it has cleared everything', async ({ page }) => {
		await openExplorer(page, '/?region=central_asia&from=2012&to=2016');
		const clear = page.getByRole('button', { name: 'Clear all' });
		await clear.press('Enter');
		await expect(page.getByText('123 of 123 nodes shown').first()).toBeVisible();
		await expect(clear).toBeFocused();
		await expect(clear).toHaveAttribute('aria-disabled', 'true');
		await expectFocusNotLost(page);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the skip link to the filters opens the drawer on its heading; Escape gives the focus back', async ({
		page
	}) => {
		await openExplorer(page);
		const link = skipLink(page, 'Skip to the filters');
		await follow(link);
		const drawer = page.getByRole('dialog', { name: 'Filters' });
		await expect(drawer).toBeVisible();
		await expect(drawer.getByRole('heading', { name: 'Filters' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(drawer).toBeHidden();
		await expectFocusNotLost(page);
	});
});

test.describe('screen readers', () => {
	test('a selection is announced briefly, and hovering another node does not change it', async ({
		page
	}) => {
		await openExplorer(page);
		await nodeRow(page, 'Tajikistan').click();
		const status = page.getByRole('status').filter({ hasText: 'Tajikistan selected' });
		await expect(status).toHaveText(/^Tajikistan selected, with \d+ connected nodes? lit/);
		const said = await status.textContent();
		expect(said!.length).toBeLessThan(100);
		// Let the camera settle on the selection, then hover a project it takes part in.
		await expect.poll(() => new URL(page.url()).searchParams.get('camera')).not.toBeNull();
		const before = await networkPicture(page);
		const spot = before.find(TYPE_COLORS.project as `#${string}`);
		expect(spot).not.toBeNull();
		const area = (await page.locator('[data-ready="true"]').boundingBox())!;
		await page.mouse.move(area.x + spot!.x, area.y + spot!.y);
		// The hover is drawn (the picture changes) ...
		await expect
			.poll(async () => (await networkPicture(page)).count(TYPE_COLORS.project as `#${string}`))
			.not.toBe(before.count(TYPE_COLORS.project as `#${string}`));
		// ... and the live region still says what it said.
		await expect(page.getByRole('status').filter({ hasText: 'selected' })).toHaveText(said!);
	});

	test('the language button’s name starts with its visible text; title and lang follow', async ({
		page
	}) => {
		await openExplorer(page);
		await expect(page).toHaveTitle('Prague Process Network Explorer');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		const toRussian = page.getByRole('button', { name: /^Русский \(/ });
		await expect(toRussian).toHaveAccessibleName(/^Русский \(switch the interface to Russian\)$/);
		await toRussian.click();
		await expect(page).toHaveTitle('Обозреватель сети Пражского процесса');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
		await expect(page.getByRole('button', { name: /^English \(/ })).toHaveAccessibleName(
			/^English \(переключить интерфейс на английский\)$/
		);
	});
});
