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

export interface ParsedCsv {
	table: CsvTable;
	problems: Problem[];
	/** False when the file cannot be read as comma-separated UTF-8 at all (then it has no rows). */
	readable: boolean;
}

/** What to do about a file saved in another format; Excel's and LibreOffice's wording. */
export const SAVE_AS = 'save it as "CSV UTF-8 (comma delimited)"';
export const UTF16 = `is saved as UTF-16 (Unicode text): ${SAVE_AS}`;

/** "row 7", "rows 7, 8 and 9", "rows 7, 8, 9 and 4 more". */
function rowsInWords(rows: number[]): string {
	if (rows.length === 1) return `row ${rows[0]}`;
	if (rows.length <= 3) return `rows ${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
	return `rows ${rows.slice(0, 3).join(', ')} and ${rows.length - 3} more`;
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). Malformed input (an
 * unclosed quote, a row with the wrong number of cells) is reported as problems, never thrown, and
 * so is what spreadsheets produce when a file is saved in another format: another delimiter,
 * UTF-16, characters lost in a conversion, a duplicated column.
 */
export function parseCsv(text: string, file: string): ParsedCsv {
	const problems: Problem[] = [];
	// UTF-16 read as UTF-8 leaves a NUL beside every ASCII character.
	if (text.includes('\u0000')) {
		problems.push({ file, row: null, column: null, message: UTF16 });
		return { table: { file, header: [], rows: [] }, problems, readable: false };
	}
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
	if (!head) {
		problems.push({ file, row: 1, column: null, message: 'the file is empty (no header row)' });
		return { table: { file, header, rows: [] }, problems, readable: false };
	}
	// A header that is one cell holding semicolons or tabs: the file was saved with another delimiter.
	const delimiter =
		header.length === 1 && header[0]!.includes(';')
			? 'semicolon'
			: header.length === 1 && header[0]!.includes('\t')
				? 'tab'
				: null;
	if (delimiter) {
		const message = `looks ${delimiter}-separated: ${SAVE_AS}`;
		problems.push({ file, row: 1, column: null, message });
		return { table: { file, header: [], rows: [] }, problems, readable: false };
	}
	const columns = new Map<string, number[]>();
	header.forEach((h, k) => columns.set(h, [...(columns.get(h) ?? []), k]));
	for (const [name, at] of columns) {
		if (at.length < 2) continue;
		const letters = at.map(columnLetter);
		const message = `appears more than once, in columns ${letters.slice(0, -1).join(', ')} and ${letters.at(-1)}: keep one`;
		problems.push({ file, row: 1, column: name, message });
	}
	const rows: CsvRow[] = [];
	const lost: number[] = [];
	for (const r of [head, ...body]) if (r.cells.some((c) => c.includes('\uFFFD'))) lost.push(r.row);
	if (lost.length) {
		const [first, ...more] = lost;
		problems.push({
			file,
			row: first!,
			column: null,
			message: `contains "\uFFFD" (a character lost when the file was converted from another encoding): save the original as "CSV UTF-8 (comma delimited)"${more.length ? ` (also on ${rowsInWords(more)})` : ''}`
		});
	}
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
		// No prototype: a column named `toString` or `__proto__` is just a name. The first of
		// duplicated columns counts (the duplicate is reported above).
		const named: Record<string, string> = Object.create(null);
		header.forEach((h, k) => {
			if (!Object.hasOwn(named, h)) named[h] = r.cells[k]!.trim();
		});
		rows.push({ row: r.row, cells: named });
	}
	return { table: { file, header, rows }, problems, readable: true };
}

/** A spreadsheet's column letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}
