// Questions about relationships (issue 12), asked as a user would, answers checked against the data.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CSV_FILES, compileCsv, type DatasetTexts } from '../../src/lib/data/compile';
import type { Dataset } from '../../src/lib/data/types';
import { REGION_COLORS } from '../../src/lib/graph/appearance';
import { buildGraph } from '../../src/lib/graph/build';
import { compareMoments, momentOf } from '../../src/lib/graph/compare';
import { COMMUNITY_COLORS } from '../../src/lib/graph/encodings';
import { NO_FILTERS } from '../../src/lib/graph/filters';
import { GHOST_NODE } from '../../src/lib/graph/reducers';
import { networkPicture, nodeRow, openExplorer, visibleNodes } from './helpers';

const EU = REGION_COLORS.eu_schengen as `#${string}`;
const GHOST = GHOST_NODE as `#${string}`;
/** The land colour of the map's outlines (MapOutlines.svelte). */
const LAND = '#f1f2ee';

/** The bundled dataset, compiled from `data/` as the build does. */
function dataset(): Dataset {
	const texts = Object.fromEntries(
		Object.entries(CSV_FILES).map(([key, file]) => [key, readFileSync(`data/${file}`, 'utf8')])
	) as DatasetTexts;
	const result = compileCsv(texts);
	if (!result.ok) throw new Error('the bundled data does not compile');
	return result.dataset;
}

/** The labels of the rows of one type in the "Visible nodes" table. */
async function visibleOfType(page: Page, type: string): Promise<string[]> {
	const rows = visibleNodes(page)
		.getByRole('row')
		.filter({ has: page.getByRole('cell', { name: type, exact: true }) });
	const labels = await rows.getByRole('rowheader').allInnerTexts();
	return labels.map((l) => l.replace(/\s*\?$/, '').trim()).sort();
}

test.describe('relation facet', () => {
	test('asylum + Leads shows exactly the states that lead a project on asylum', async ({
		page
	}) => {
		const data = dataset();
		const label = new Map(data.nodes.map((n) => [n.id, n.label.en]));
		const type = new Map(data.nodes.map((n) => [n.id, n.type]));
		// The projects that cover asylum, and the states with a "leads" edge to one of them.
		const asylumProjects = new Set(
			data.edges
				.filter((e) => e.target === 'area-asylum' && type.get(e.source) === 'project')
				.map((e) => e.source)
		);
		const leaders = data.edges
			.filter((e) => e.relation === 'leads' && asylumProjects.has(e.target))
			.filter((e) => type.get(e.source) === 'state')
			.map((e) => label.get(e.source)!);
		const expected = [...new Set(leaders)].sort();
		expect(expected.length).toBeGreaterThan(0);

		await openExplorer(page);
		await page.getByRole('checkbox', { name: /^Strengthening capacities in asylum/ }).check();
		await page
			.getByRole('group', { name: 'Relation' })
			.getByRole('checkbox', { name: /^Leads \d+$/ })
			.check();
		await expect(page).toHaveURL(/relation=leads/);
		await expect.poll(() => visibleOfType(page, 'State')).toEqual(expected);
		// A state that only takes part in an asylum project is not shown.
		await expect(nodeRow(page, 'Kyrgyzstan')).toHaveCount(0);

		// The link alone gives the same view.
		await openExplorer(page, '/?area=area-asylum&relation=leads');
		await expect.poll(() => visibleOfType(page, 'State')).toEqual(expected);
		await expect(
			page.getByRole('group', { name: 'Relation' }).getByRole('checkbox', { name: /^Leads/ })
		).toBeChecked();
	});

	test('a relation the data does not know is named in the link notice', async ({ page }) => {
		await openExplorer(page, '/?relation=leads,bosses');
		await expect(page.getByText(/relation=bosses \(not valid\)/)).toBeVisible();
		await expect(
			page.getByRole('group', { name: 'Relation' }).getByRole('checkbox', { name: /^Leads/ })
		).toBeChecked();
	});
});

test.describe('connection between two nodes', () => {
	test('?path=tajikistan,poland lists paths whose every step is an edge of the data', async ({
		page
	}) => {
		const data = dataset();
		const idOf = new Map(data.nodes.map((n) => [n.label.en, n.id]));
		const linked = (a: string, b: string) =>
			data.edges.some(
				(e) => (e.source === a && e.target === b) || (e.source === b && e.target === a)
			);
		await openExplorer(page, '/?path=tajikistan,poland');
		const connection = page.getByRole('region', { name: 'Connection' });
		await expect(connection.getByRole('status')).toContainText(
			/shortest paths? between Tajikistan and Poland/
		);
		const paths = connection.getByRole('list', { name: /^Path \d+$/ });
		await expect(paths.first()).toBeVisible();
		const count = await paths.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const steps = paths.nth(i).locator(':scope > li');
			const chain: string[] = [];
			for (let k = 0; k < (await steps.count()); k++) {
				const [a, b] = await steps.nth(k).getByRole('button').allInnerTexts();
				const from = idOf.get(a!.trim())!;
				const to = idOf.get(b!.trim())!;
				expect(linked(from, to), `${a} – ${b}`).toBe(true);
				// Each step names its relation and links its sources.
				await expect(steps.nth(k).getByRole('link').first()).toHaveAttribute('href', /^https?:/);
				if (k === 0) chain.push(from);
				else expect(from).toBe(chain.at(-1));
				chain.push(to);
			}
			expect(chain[0]).toBe('tajikistan');
			expect(chain.at(-1)).toBe('poland');
		}
	});

	test("in one step from Tajikistan's panel, the paths light up on the canvas", async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		const box = page.getByRole('combobox', { name: 'Connection to…' });
		await expect(box).toBeVisible();
		// With Tajikistan selected, the EU states are dimmed: none is its neighbour.
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeLessThan(40);
		await box.fill('Poland');
		await box.press('Enter');
		await expect(page).toHaveURL(/path=tajikistan%2Cpoland|path=tajikistan,poland/);
		await expect(page.getByRole('list', { name: 'Path 1' })).toBeVisible();
		// The paths are lit instead: Poland (an EU state) is drawn in its colour again.
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeGreaterThan(100);
	});

	test('a node hidden by the filters: the panel says the two are not connected in this view', async ({
		page
	}) => {
		await openExplorer(page, '/?path=tajikistan,poland&type=state');
		await expect(page.getByRole('region', { name: 'Connection' }).getByRole('status')).toHaveText(
			/not connected in the current view/
		);
	});
});

test.describe('neighbourhood depth', () => {
	test('2 hops lights more of the network around the selection, and goes into the link', async ({
		page
	}) => {
		await openExplorer(page, '/?node=tajikistan');
		const oneHop = page.getByRole('radio', { name: '1 hop' });
		await expect(oneHop).toBeChecked();
		// With one hop, the EU states are dimmed: none is Tajikistan's neighbour.
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeLessThan(40);
		await page.getByRole('radio', { name: '2 hops' }).check();
		await expect(page).toHaveURL(/depth=2/);
		// Two hops reach the EU states through the Process and the projects.
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeGreaterThan(500);
		await page.goBack();
		await expect(oneHop).toBeChecked();
	});
});

test.describe('size and colour by', () => {
	test('size by betweenness: the canvas changes, the table gains the column, the link keeps it', async ({
		page
	}) => {
		await openExplorer(page);
		const sizeBy = page.getByRole('combobox', { name: 'Size by' });
		await expect(sizeBy).toBeVisible();
		await page.waitForTimeout(300);
		const before = (await networkPicture(page)).count(EU);
		await sizeBy.selectOption('betweenness');
		await expect(page).toHaveURL(/size=betweenness/);
		const column = visibleNodes(page).getByRole('columnheader', { name: /Betweenness/ });
		await expect(column).toBeVisible();
		// Most EU states lie on few shortest paths: drawn smaller than by their connections.
		await expect
			.poll(async () => (await networkPicture(page)).count(EU))
			.toBeLessThan(before * 0.8);
		// Sorted from the largest value, the Process (on most shortest paths) comes first.
		await column.getByRole('button').click();
		await column.getByRole('button').click();
		await expect(column).toHaveAttribute('aria-sort', 'descending');
		await expect(visibleNodes(page).getByRole('rowheader').first()).toHaveText(/^Prague Process/);
		await expect(page.getByText(/Size: betweenness/)).toBeVisible();
	});

	test('colour by community: the legend names the groups and the canvas draws their colours', async ({
		page
	}) => {
		await openExplorer(page, '/?colour=community');
		await expect(page.getByText(/^Community 1, around /)).toBeVisible();
		await expect
			.poll(async () => (await networkPicture(page)).count(COMMUNITY_COLORS[0] as `#${string}`))
			.toBeGreaterThan(100);
		await page.getByRole('combobox', { name: 'Colour by' }).selectOption('region');
		await expect(page).not.toHaveURL(/colour=/);
		await expect(page.getByText(/^Community 1, around /)).toHaveCount(0);
		await expect.poll(async () => (await networkPicture(page)).count(EU)).toBeGreaterThan(500);
	});
});

test.describe('what changed', () => {
	test('2016 compared with 2009: the counts of the data, new marks and ghosts on the canvas', async ({
		page
	}) => {
		const graph = buildGraph(dataset());
		const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
		const change = compareMoments(
			graph,
			momentOf(graph, NO_FILTERS, year(2009)),
			momentOf(graph, NO_FILTERS, year(2016))
		);
		const states = change.nodeTypes.find((c) => c.key === 'state')!;
		const projects = change.nodeTypes.find((c) => c.key === 'project')!;
		expect(projects.appeared).toBeGreaterThan(0);
		expect(change.ended.nodes.size).toBeGreaterThan(0);

		await openExplorer(page, '/?at=2016');
		await expect(page.getByRole('combobox', { name: 'Compare with' })).toBeVisible();
		await page.waitForTimeout(300);
		// Ghost pixels per pixel of an EU state: the canvas may change size, this share does not.
		const ghostShare = async () => {
			const picture = await networkPicture(page);
			return picture.count(GHOST, 2) / picture.count(EU);
		};
		const before = await ghostShare();
		await page.getByRole('combobox', { name: 'Compare with' }).selectOption('2009');
		await expect(page).toHaveURL(/compare=2009/);
		const status = page.getByRole('group', { name: 'What changed' }).getByRole('status');
		await expect(status).toContainText(`+${projects.appeared} projects`);
		if (states.appeared) await expect(status).toContainText(`+${states.appeared} state`);
		const relationsNew = change.relations.reduce((n, c) => n + c.appeared, 0);
		await expect(status).toContainText(`Relations: +${relationsNew} new`);
		// What ended since 2009 is drawn as ghosts.
		await expect.poll(ghostShare).toBeGreaterThan(2 * before + 0.05);
	});
});

test.describe('the map', () => {
	test('switching to the map and back keeps filters and selection and changes the drawn picture', async ({
		page
	}) => {
		await openExplorer(page, '/?region=central_asia&node=tajikistan');
		const layout = page.getByRole('combobox', { name: 'Layout' });
		await expect(layout).toBeVisible();
		await page.waitForTimeout(800);
		const land = async () => (await networkPicture(page)).count(LAND, 1);
		expect(await land()).toBeLessThan(100);
		await layout.selectOption('map');
		await expect(page).toHaveURL(/layout=map/);
		// The country outlines are drawn behind the nodes.
		await expect.poll(land, { timeout: 20_000 }).toBeGreaterThan(5000);
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await expect(page.getByRole('heading', { name: 'Tajikistan', level: 2 })).toBeVisible();
		await layout.selectOption('network');
		await expect(page).not.toHaveURL(/layout=map/);
		await expect.poll(land).toBeLessThan(100);
		await expect(page.getByRole('checkbox', { name: /^Central Asia/ })).toBeChecked();
		await expect(page.getByRole('heading', { name: 'Tajikistan', level: 2 })).toBeVisible();
	});
});
