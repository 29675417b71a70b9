// Questions about relationships (issue 12), asked as a user would, answers checked against the data.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CSV_FILES, compileCsv, type DatasetTexts } from '../../src/lib/data/compile';
import type { Dataset } from '../../src/lib/data/types';
import { nodeRow, openExplorer, visibleNodes } from './helpers';

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
