import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL } from './fixtures';

const run = (dir: string) =>
	spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], {
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1' }
	});

describe('npm run data:check', () => {
	it('passes a valid folder with a summary', () => {
		const out = execFileSync('npx', ['tsx', 'scripts/data-check.ts', SMALL], { encoding: 'utf8' });
		expect(out).toMatch(/valid — 8 nodes, 8 edges, 2 events, 2 sources/);
	});

	it('exits 1 on a broken copy and names file:row: column', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ppne-broken-'));
		cpSync(SMALL, dir, { recursive: true });
		const edges = join(dir, 'edges.csv');
		writeFileSync(
			edges,
			readFileSync(edges, 'utf8').replace('e8,tajikistan,pp4', 'e8,tajikistan,pp9')
		);
		const result = run(dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('edges.csv:9: target: unknown node "pp9"');
		expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
	});

	it('exits 1 on a file saved as Windows-1252, instead of importing "T�rkiye"', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ppne-1252-'));
		cpSync(SMALL, dir, { recursive: true });
		const nodes = join(dir, 'nodes.csv');
		const text = readFileSync(nodes, 'utf8');
		// As Excel saves it: Latin letters in one byte each, Cyrillic lost as "?".
		writeFileSync(nodes, Buffer.from(text.replace(/[\u0100-\uffff]/g, '?'), 'latin1'));
		const result = run(dir);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			'nodes.csv:7: is not UTF-8 (byte 0xFC): save it as "CSV UTF-8 (comma delimited)"'
		);
	});
}, 60_000);
