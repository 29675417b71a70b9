// What an attacker or a careless user can throw at the built site: hostile dataset files, unknown
// paths, and a page that must run under its Content-Security-Policy without a single exception.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	CSV_FILES,
	compileCsv,
	toCompiledDataset,
	type DatasetTexts
} from '../../src/lib/data/compile';
import { nodeRow, openExplorer } from './helpers';

/** The small fixture as a compiled dataset file, as plain JSON for a test to spoil. */
function smallFile() {
	const texts = Object.fromEntries(
		Object.entries(CSV_FILES).map(([key, file]) => [
			key,
			readFileSync(`tests/fixtures/small/${file}`, 'utf8')
		])
	) as DatasetTexts;
	return JSON.parse(JSON.stringify(toCompiledDataset(compileCsv(texts).dataset!)));
}

/** Serves `body` at `path` on the site under test. */
async function serve(page: Page, path: string, body: string) {
	await page.route(
		(url) => url.pathname === path,
		(route) => route.fulfill({ contentType: 'application/json', body })
	);
}

test.describe('hostile dataset files', () => {
	test('a file whose label is an object and whose sources nest 5,000 deep is refused; the bundled network is shown', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		const file = smallFile();
		file.nodes[0].label = { en: { toString: 1 } };
		const deep = `${'['.repeat(5000)}"S1"${']'.repeat(5000)}`;
		await serve(page, '/hostile.json', JSON.stringify(file).replace('["S1"]', deep));
		await openExplorer(page, '/?data=/hostile.json');
		await expect(page.getByText('The dataset file /hostile.json was refused')).toBeVisible();
		await expect(
			page.getByText('/hostile.json nodes:0: label_en: must be text, not an object')
		).toBeVisible();
		await expect(
			page.getByText(/\/hostile\.json nodes:\d+: sources: must be a list of texts, found a list/)
		).toBeVisible();
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
		await expect(nodeRow(page, 'Russian Federation')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a file with positions of ±1.7e308 is refused rather than drawn as nothing', async ({
		page
	}) => {
		const file = smallFile();
		for (const node of file.nodes) [node.x, node.y] = [1.7e308, -1.7e308];
		await serve(page, '/far.json', JSON.stringify(file));
		await openExplorer(page, '/?data=/far.json');
		await expect(page.getByText('The dataset file /far.json was refused')).toBeVisible();
		await expect(
			page.getByText(/\/far\.json nodes:0: x: 1\.7e\+308 is out of range/)
		).toBeVisible();
		await expect(nodeRow(page, 'Russian Federation')).toBeVisible();
	});
});

test.describe('the site', () => {
	test('runs under a Content-Security-Policy with no violation, and no inline script allowed', async ({
		page
	}) => {
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (e) =>
				(window as unknown as { reportViolation: (v: string) => void }).reportViolation(
					`${e.violatedDirective} ${e.blockedURI}`
				)
			);
		});
		page.on('console', (m) => {
			if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
		});
		// A file without positions, so that the layout worker runs too.
		const file = smallFile();
		await serve(page, '/small.json', JSON.stringify(file));
		for (const path of ['/', '/?data=/small.json&lang=ru']) {
			await openExplorer(page, path);
			// The timeline and the lists load after the first frame, as separate files.
			await expect(page.getByRole('tab').first()).toBeVisible();
		}
		await page.goto('/no/such/page');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(violations).toEqual([]);

		await page.goto('/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		const directives = new Map(
			policy!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name!, values];
			})
		);
		const scripts = directives.get('script-src')!;
		expect(scripts).toContain("'self'");
		expect(scripts).not.toContain("'unsafe-inline'");
		expect(scripts).not.toContain("'unsafe-eval'");
		// Every inline script of the page is one the policy names by its hash.
		const inline = await page.locator('script:not([src])').count();
		expect(scripts.filter((s) => s.startsWith("'sha256-"))).toHaveLength(inline);
		expect(directives.get('connect-src')).toEqual(["'self'"]);
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'self'"]);
	});

	test('an unknown path is a real 404 page that leads back to the explorer', async ({ page }) => {
		const response = await page.goto('/no/such/page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page.getByText('Страница не найдена')).toBeVisible();
		await page.getByRole('link', { name: 'Open the Prague Process Network Explorer' }).click();
		await expect(nodeRow(page, 'Tajikistan')).toBeVisible();
	});

	test('robots.txt is served', async ({ request }) => {
		const response = await request.get('/robots.txt');
		expect(response.status()).toBe(200);
		expect(await response.text()).toMatch(/^User-agent: \*/m);
	});
});
