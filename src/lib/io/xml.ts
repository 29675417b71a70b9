// Reading XML files (GEXF, GraphML) without ever throwing: a file that is not well-formed XML is
// refused with the line where it goes wrong. The DOM comes from @xmldom/xmldom (the parser that
// graphology-gexf and graphology-graphml use), so the same code runs in the browser and in tests.
import { DOMParser } from '@xmldom/xmldom';
import type { Problem } from '../data/types';

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** XML 1.0 forbids most control characters, even escaped: they are dropped from exported text. */
export function xmlText(text: string): string {
	// eslint-disable-next-line no-control-regex
	return escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;

/**
 * Checks that tags open and close in order and that the file does not stop in the middle of one.
 * xmldom accepts a cut-off file silently, so this is what catches a truncated download.
 */
export function wellFormednessProblems(text: string, file: string): Problem[] {
	const problem = (at: number, message: string): Problem[] => [
		{ file, row: lineAt(text, at), column: null, message }
	];
	const stack: { name: string; at: number }[] = [];
	let roots = 0;
	let i = text.indexOf('<');
	while (i !== -1) {
		const rest = (from: string, to: string) => {
			const end = text.indexOf(to, i + from.length);
			return end === -1 ? -1 : end + to.length;
		};
		let next: number;
		if (text.startsWith('<!--', i)) next = rest('<!--', '-->');
		else if (text.startsWith('<![CDATA[', i)) next = rest('<![CDATA[', ']]>');
		else if (text.startsWith('<?', i)) next = rest('<?', '?>');
		else if (text.startsWith('<!', i)) next = rest('<!', '>');
		else if (text.startsWith('</', i)) {
			next = rest('</', '>');
			if (next === -1) break;
			const name = text.slice(i + 2, next - 1).trim();
			const open = stack.pop();
			if (!open) return problem(i, `</${name}> closes nothing`);
			if (open.name !== name) {
				return problem(
					i,
					`</${name}> closes <${open.name}> opened on line ${lineAt(text, open.at)}`
				);
			}
		} else {
			const name = NAME.exec(text.slice(i + 1, i + 200))?.[0];
			if (!name) return problem(i, 'a "<" that starts no tag (not XML?)');
			next = tagEnd(text, i + 1 + name.length);
			if (next === -1) break;
			if (stack.length === 0) roots++;
			if (roots > 1) return problem(i, `a second top-level element <${name}>`);
			if (text[next - 2] !== '/') stack.push({ name, at: i });
		}
		if (next === -1) break;
		i = text.indexOf('<', next);
		if (i === -1) break;
	}
	if (i !== -1) return problem(i, 'the file ends inside a tag: it is cut short');
	if (roots === 0) return problem(0, 'is not an XML file (no element found)');
	const open = stack.at(-1);
	if (open) {
		return problem(
			text.length,
			`the file ends before <${open.name}> (line ${lineAt(text, open.at)}) is closed: it is cut short`
		);
	}
	return [];
}

/** The index just after the `>` that ends a start tag, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
	let quote: string | null = null;
	for (let k = from; k < text.length; k++) {
		const c = text[k];
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '>') return k + 1;
		else if (c === '<') return -1;
	}
	return -1;
}

function lineAt(text: string, index: number): number {
	let line = 1;
	for (let k = 0; k < index && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
	return line;
}

export type ParsedXml = { ok: true; doc: Document } | { ok: false; problems: Problem[] };

export function parseXml(text: string, file: string): ParsedXml {
	const problems = wellFormednessProblems(text, file);
	if (problems.length) return { ok: false, problems };
	const errors: string[] = [];
	const record = (message: string) =>
		errors.push(message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[.*$/s, ''));
	const doc = new DOMParser({
		locator: {},
		errorHandler: { warning: () => {}, error: record, fatalError: record }
	}).parseFromString(text, 'application/xml') as unknown as Document;
	if (errors.length || !doc?.documentElement) {
		return {
			ok: false,
			problems: (errors.length ? errors : ['is not an XML file']).map((message) => ({
				file,
				row: null,
				column: null,
				message: `is not well-formed XML: ${message}`
			}))
		};
	}
	return { ok: true, doc };
}

/** The line of an element in its file (xmldom records it), or null. */
export function lineOf(element: Element): number | null {
	const line = (element as Element & { lineNumber?: number }).lineNumber;
	return typeof line === 'number' ? line : null;
}
