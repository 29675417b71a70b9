import type { Problem } from './types';

export interface CsvRow {
	/** Spreadsheet row number: the header is row 1. */
	row: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	file: string;
	header: string[];
	rows: CsvRow[];
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). Malformed input (an
 * unclosed quote, a row with the wrong number of cells) is reported as problems, never thrown.
 */
export function parseCsv(text: string, file: string): { table: CsvTable; problems: Problem[] } {
	const problems: Problem[] = [];
	const records: { row: number; cells: string[] }[] = [];
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // spreadsheets add a BOM
	let cells: string[] = [];
	let field = '';
	let quoted = false;
	let fieldStarted = false;
	let row = 1;
	let i = 0;
	const endRecord = () => {
		cells.push(field);
		// A line with nothing on it is not a record (trailing newline, blank lines).
		if (!(cells.length === 1 && cells[0] === '' && !fieldStarted)) records.push({ row, cells });
		cells = [];
		field = '';
		fieldStarted = false;
		row++;
	};
	while (i < src.length) {
		const c = src[i]!;
		if (quoted) {
			if (c === '"') {
				if (src[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += c;
			i++;
			continue;
		}
		if (c === '"' && field === '') {
			quoted = true;
			fieldStarted = true;
		} else if (c === ',') {
			cells.push(field);
			field = '';
			fieldStarted = true;
		} else if (c === '\r' && src[i + 1] === '\n') {
			i++;
			endRecord();
		} else if (c === '\n' || c === '\r') {
			endRecord();
		} else {
			field += c;
			fieldStarted = true;
		}
		i++;
	}
	if (quoted) {
		problems.push({
			file,
			row,
			column: null,
			message: 'a quoted field is never closed (missing ")'
		});
	} else if (field !== '' || cells.length > 0 || fieldStarted) {
		endRecord();
	}

	const [head, ...body] = records;
	const header = (head?.cells ?? []).map((h) => h.trim());
	if (!head)
		problems.push({ file, row: 1, column: null, message: 'the file is empty (no header row)' });
	const rows: CsvRow[] = [];
	for (const r of body) {
		if (r.cells.length !== header.length) {
			problems.push({
				file,
				row: r.row,
				column: null,
				message: `has ${r.cells.length} cells, the header has ${header.length} columns`
			});
			continue;
		}
		const named: Record<string, string> = {};
		header.forEach((h, k) => (named[h] = r.cells[k]!.trim()));
		rows.push({ row: r.row, cells: named });
	}
	return { table: { file, header, rows }, problems };
}
