import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	CSV_FILES,
	compileCsv,
	toCompiledDataset,
	type DatasetTexts
} from '../../src/lib/data/compile';
import { detailPanel, inkRatio, nodeRow, openExplorer, visibleNodes } from './helpers';

const CENTRAL_ASIA = ['Kazakhstan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Uzbekistan'];
const ASYLUM = /^Strengthening capacities in asylum/;

/** The labels of the states listed in the "Visible nodes" table. */
async function visibleStates(page: Page): Promise<string[]> {
	const rows = visibleNodes(page)
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: 'State', exact: true }) });
	const labels = await rows.getByRole('rowheader').allInnerTexts();
	return labels.map((l) => l.replace(/\s*\?$/, '').trim()).sort();
}

const rowCount = (page: Page) => visibleNodes(page).locator('tbody tr').count();

test.describe('filters', () => {
	test('ticking Central Asia leaves exactly its five states among the states', async ({ page }) => {
		await openExplorer(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect.poll(() => visibleStates(page)).toEqual(CENTRAL_ASIA);
		// The Process itself is linked to those states, so it stays; Sweden does not.
		await expect(nodeRow(page, 'Prague Process')).toBeVisible();
		await expect(nodeRow(page, 'Sweden')).toHaveCount(0);
	});

	test('a thematic area on top keeps only what passes both facets; Clear all restores everything', async ({
		page
	}) => {
		await openExplorer(page);
		// The lists mount just after the first frame: count once the table has its rows.
		await expect(visibleNodes(page).locator('tbody tr').first()).toBeVisible();
		const all = await rowCount(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await page.getByRole('checkbox', { name: ASYLUM }).check();
		// Central Asian states linked to an asylum project (PP4, PP7).
		await expect.poll(() => visibleStates(page)).toEqual(['Kazakhstan', 'Kyrgyzstan']);
		await expect(
			nodeRow(page, 'Pilot Project 7: Quality in Decision-making in the Asylum Process')
		).toBeVisible();
		await expect(nodeRow(page, 'Pilot Project 2: legal and labour migration')).toHaveCount(0);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect.poll(() => rowCount(page)).toBe(all);
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).not.toBeChecked();
	});

	test('counts beside each value follow the other facets', async ({ page }) => {
		await openExplorer(page);
		const state = page
			.getByRole('group', { name: 'Node type' })
			.getByRole('checkbox', { name: /^State/ });
		await expect(state).toHaveAccessibleName(/^State 49$/);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await expect(state).toHaveAccessibleName(/^State 5$/);
	});
});

test.describe('time', () => {
	/** Sets the period with the brush handles' keyboard, as a keyboard user would. */
	async function setPeriod(page: Page, from: string, to: string) {
		await page.getByRole('button', { name: 'Choose a period' }).click();
		const start = page.getByRole('slider', { name: 'Start of the period' });
		const end = page.getByRole('slider', { name: 'End of the period' });
		await start.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 40 && (await start.getAttribute('aria-valuetext')) !== from; i++) {
			await page.keyboard.press('Shift+ArrowRight');
		}
		await expect(start).toHaveAttribute('aria-valuetext', from);
		await end.focus();
		await page.keyboard.press('End');
		for (let i = 0; i < 40 && (await end.getAttribute('aria-valuetext')) !== to; i++) {
			await page.keyboard.press('Shift+ArrowLeft');
		}
		await expect(end).toHaveAttribute('aria-valuetext', to);
	}

	test('the period 2012–2016 shows the PP TI pilot projects and hides PP DATA', async ({
		page
	}) => {
		await openExplorer(page);
		await expect(
			nodeRow(page, 'Prague Process: Dialogue, Analysis and Training in Action (PP DATA)')
		).toBeVisible();
		await setPeriod(page, '1 January 2012', '31 December 2016');
		await expect(
			page.getByText('Showing what was valid from 1 January 2012 to 31 December 2016.')
		).toBeVisible();
		for (const n of [1, 2, 3, 4, 5, 6, 7]) {
			await expect(
				visibleNodes(page).getByRole('button', { name: new RegExp(`^Pilot Project ${n}:`) })
			).toBeVisible();
		}
		await expect(
			nodeRow(page, 'Prague Process: Dialogue, Analysis and Training in Action (PP DATA)')
		).toHaveCount(0);
		// The handle moves by a month with the arrow keys.
		const end = page.getByRole('slider', { name: 'End of the period' });
		await end.press('ArrowLeft');
		await expect(end).toHaveAttribute('aria-valuetext', '30 November 2016');
	});

	test('as of 2010, Belarus has not joined yet; Play walks the years', async ({ page }) => {
		await openExplorer(page, '/?at=2010-06-30');
		await expect(page.getByText('Showing the network as of 30 June 2010.')).toBeVisible();
		await expect(nodeRow(page, 'Belarus')).toHaveCount(0);
		await page.goto('/?at=2011-06-30');
		await expect(nodeRow(page, 'Belarus')).toBeVisible();
		const play = page.getByRole('button', { name: 'Play the network’s growth year by year' });
		await play.click();
		await expect(play).toHaveAttribute('aria-pressed', 'true');
		// It steps year by year from the current date: 2012, 2013, ...
		const periodText = page.getByText(/^Showing what was valid in 20\d\d\.$/);
		await expect(periodText).toBeVisible();
		const first = await periodText.textContent();
		expect(Number(first!.slice(-5, -1))).toBeGreaterThanOrEqual(2012);
		await expect(periodText).not.toHaveText(first!, { timeout: 5000 });
		await play.click();
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		// Paused: the date stays where it is.
		const paused = await periodText.textContent();
		await page.waitForTimeout(2500);
		await expect(periodText).toHaveText(paused!);
	});

	test('clicking the 2011 Poznań conference highlights its nodes and shows the event', async ({
		page
	}) => {
		await openExplorer(page);
		await page.getByRole('option', { name: /Poznań, 4 November 2011$/ }).click();
		const panel = detailPanel(page);
		await expect(panel.getByRole('heading', { level: 2 })).toContainText('Poznań');
		await expect(panel.getByText('4 November 2011')).toBeVisible();
		await expect(panel.getByRole('link', { name: /^Source / }).first()).toHaveAttribute(
			'href',
			/^https?:/
		);
		const panelList = panel.getByRole('list').filter({ hasText: 'Action Plan 2012–2016' });
		await expect(panelList.getByRole('button', { name: 'Poland', exact: true })).toBeVisible();
		// Selecting a node lists its events, and the events table offers the same events.
		await panel.getByRole('button', { name: 'Poland', exact: true }).click();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Poland');
		await expect(panel.getByRole('button', { name: /Poznań/ })).toBeVisible();
		await page.getByRole('tab', { name: /^Events/ }).click();
		await expect(
			page
				.getByRole('table', { name: /Events in the period/ })
				.getByRole('button', { name: /Poznań/ })
		).toBeVisible();
	});
});

test.describe('every view is a link', () => {
	test('the URL reproduces the view after a reload and in a new page; back walks the steps', async ({
		page,
		context
	}) => {
		await openExplorer(page);
		await page.getByRole('checkbox', { name: /^Central Asia/ }).check();
		await nodeRow(page, 'Tajikistan').click();
		await expect(page).toHaveURL(/region=central_asia/);
		await expect(page).toHaveURL(/node=tajikistan/);
		const url = page.url();

		await page.reload();
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');

		const other = await context.newPage();
		await openExplorer(other, url.replace(/^https?:\/\/[^/]+/, ''));
		await expect(other.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await expect(detailPanel(other).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
		await expect.poll(() => visibleStates(other)).toEqual(CENTRAL_ASIA);

		await page.goBack();
		await expect(page).not.toHaveURL(/node=/);
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await page.goBack();
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).not.toBeChecked();
	});

	test('Copy link copies the current URL', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openExplorer(page, '/?type=state');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?type=state$/);
	});

	test('garbage link parameters give a notice and a working explorer', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await openExplorer(
			page,
			'/?region=atlantis&from=never&node=%3Cscript%3E&zoom=9&region=central_asia'
		);
		await expect(
			page.getByText(
				/4 link parameters were not used: region=atlantis \(not valid\), from=never \(not valid\), node=<script> \(not valid\) and 1 more\./
			)
		).toBeVisible();
		// Central Asia was applied, not reported.
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(page.getByText(/were not used/)).toHaveCount(0);
		await nodeRow(page, 'Tajikistan').click();
		await expect(detailPanel(page).getByRole('heading', { level: 2 })).toHaveText('Tajikistan');
		expect(errors).toEqual([]);
	});

	test('a notice says why a parameter yielded, and never takes more than two lines', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan&event=mc-2011-poznan');
		await expect(page.getByText(/node=tajikistan \(overridden by event\)/)).toBeVisible();
		const many = Array.from({ length: 600 }, (_, i) => `p${i}=${i}`).join('&');
		await openExplorer(page, `/?${many}`);
		const notice = page.getByRole('status').filter({ hasText: /were not used/ });
		await expect(notice).toContainText('600 link parameters were not used');
		const { height } = (await notice.boundingBox())!;
		expect(height).toBeLessThan(70);
		await expect(page.locator('[data-ready="true"]')).toBeVisible();
		expect((await page.locator('[data-ready="true"]').boundingBox())!.height).toBeGreaterThan(200);
	});

	test('a dataset file that fails validation is refused with the validator’s message', async ({
		page
	}) => {
		await page.route(
			(url) => url.pathname === '/broken.json',
			(route) =>
				route.fulfill({
					contentType: 'application/json',
					body: JSON.stringify({
						format: 'prague-process-network',
						version: 1,
						nodes: [{ id: 'x', type: 'planet' }],
						edges: [],
						events: [],
						sources: []
					})
				})
		);
		await openExplorer(page, '/?data=/broken.json');
		await expect(page.getByText('The dataset file /broken.json was refused')).toBeVisible();
		await expect(
			page.getByText(/\/broken\.json nodes:0: type: unknown value "planet"/)
		).toBeVisible();
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
	});
});

test.describe('other networks', () => {
	test('a dataset file without positions is laid out in a worker and explored like ours', async ({
		page
	}) => {
		const texts = Object.fromEntries(
			Object.entries(CSV_FILES).map(([key, file]) => [
				key,
				readFileSync(`tests/fixtures/small/${file}`, 'utf8')
			])
		) as DatasetTexts;
		const result = compileCsv(texts);
		expect(result.ok).toBe(true);
		const body = JSON.stringify(toCompiledDataset(result.dataset!));
		expect(body).toContain('"x":null');
		await page.route(
			(url) => url.pathname === '/small.json',
			(route) => route.fulfill({ contentType: 'application/json', body })
		);
		await openExplorer(page, '/?data=/small.json&region=central_asia');
		await expect(page.getByText(/were not used|was refused/)).toHaveCount(0);
		await expect(page).toHaveURL(/data=%2Fsmall\.json|data=\/small\.json/);
		await expect.poll(() => visibleStates(page)).toEqual(['Tajikistan']);
		const drawn = inkRatio(await page.locator('[data-ready="true"]').screenshot());
		expect(drawn).toBeGreaterThan(0.002);
	});
});
