import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/data/csv';

describe('parseCsv', () => {
	it('reads quoted commas, doubled quotes and newlines inside quotes', () => {
		const { table, problems } = parseCsv('a,b\n"x, y","say ""hi"""\n"two\nlines",z\n', 't.csv');
		expect(problems).toEqual([]);
		expect(table.header).toEqual(['a', 'b']);
		expect(table.rows.map((r) => r.cells)).toEqual([
			{ a: 'x, y', b: 'say "hi"' },
			{ a: 'two\nlines', b: 'z' }
		]);
		expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
	});

	it('accepts CRLF line ends, a byte-order mark and a missing final newline', () => {
		const { table, problems } = parseCsv('\uFEFFa,b\r\n1,2\r\n3,4', 't.csv');
		expect(problems).toEqual([]);
		expect(table.header).toEqual(['a', 'b']);
		expect(table.rows.map((r) => r.cells.b)).toEqual(['2', '4']);
	});

	it('reports a row with the wrong number of cells by its spreadsheet row', () => {
		const { table, problems } = parseCsv('a,b\n1,2\n1,2,3\n4,5\n', 't.csv');
		expect(problems).toEqual([
			{ file: 't.csv', row: 3, column: null, message: 'has 3 cells, the header has 2 columns' }
		]);
		expect(table.rows).toHaveLength(2);
	});

	it('reports an unclosed quote instead of throwing', () => {
		const { problems } = parseCsv('a,b\n1,"open\n2,3\n', 't.csv');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 't.csv', row: 2 });
		expect(problems[0]!.message).toMatch(/never closed/);
	});

	it('reports an empty file', () => {
		expect(parseCsv('', 't.csv').problems[0]!.message).toMatch(/empty/);
	});
});
