// The columns of each CSV file and what each may hold (data/README.md is the user-facing version).
import { EVENT_KINDS, NODE_TYPES, REGIONS, RELATIONS, STATUSES } from './types';

export type ColumnKind =
	| { kind: 'id' }
	| { kind: 'text'; required?: boolean }
	| { kind: 'date'; required?: boolean }
	| { kind: 'bool' }
	| { kind: 'enum'; values: readonly string[]; required?: boolean }
	| { kind: 'iso' }
	| { kind: 'url' }
	| { kind: 'number' }
	| { kind: 'positive' }
	| { kind: 'color' }
	| { kind: 'list' };

/** Bounds on what a dataset may hold, so that a hostile or broken file is refused, not drawn. */
export const LIMITS = {
	/** Characters in one cell or text field. */
	text: 20_000,
	/** Items in one list (a record's sources, an event's nodes). */
	listItems: 10_000,
	/** Records in one list of a compiled file. */
	records: 500_000,
	/** |x| and |y| of a position: beyond this a network cannot be drawn to scale. */
	position: 1_000_000
} as const;

export interface FileSchema {
	file: string;
	columns: Record<string, ColumnKind>;
	/** Columns that may be left out of the header altogether. */
	optional: readonly string[];
	/** Columns named with this prefix hold free attributes (of an opened network), as text. */
	attributePrefix?: string;
}

/** The prefix of the nodes' free attribute columns: `attr:modularity_class`. */
export const ATTRIBUTE_PREFIX = 'attr:';

const provenance = {
	uncertain: { kind: 'bool' },
	note: { kind: 'text' },
	sources: { kind: 'list' }
} as const satisfies Record<string, ColumnKind>;

export const NODES: FileSchema = {
	file: 'nodes.csv',
	columns: {
		id: { kind: 'id' },
		type: { kind: 'enum', values: NODE_TYPES, required: true },
		label_en: { kind: 'text', required: true },
		label_ru: { kind: 'text' },
		label_ru_unofficial: { kind: 'bool' },
		region: { kind: 'enum', values: REGIONS },
		iso: { kind: 'iso' },
		acronym: { kind: 'text' },
		from: { kind: 'date' },
		until: { kind: 'date' },
		status: { kind: 'enum', values: STATUSES },
		...provenance,
		x: { kind: 'number' },
		y: { kind: 'number' },
		color: { kind: 'color' },
		size: { kind: 'positive' }
	},
	optional: ['x', 'y', 'color', 'size'],
	attributePrefix: ATTRIBUTE_PREFIX
};

export const EDGES: FileSchema = {
	file: 'edges.csv',
	columns: {
		id: { kind: 'id' },
		source: { kind: 'text', required: true },
		target: { kind: 'text', required: true },
		relation: { kind: 'enum', values: RELATIONS, required: true },
		from: { kind: 'date' },
		until: { kind: 'date' },
		...provenance
	},
	optional: []
};

export const EVENTS: FileSchema = {
	file: 'events.csv',
	columns: {
		id: { kind: 'id' },
		kind: { kind: 'enum', values: EVENT_KINDS, required: true },
		label_en: { kind: 'text', required: true },
		label_ru: { kind: 'text' },
		label_ru_unofficial: { kind: 'bool' },
		date: { kind: 'date', required: true },
		end_date: { kind: 'date' },
		place: { kind: 'text' },
		nodes: { kind: 'list' },
		...provenance
	},
	optional: []
};

export const SOURCES: FileSchema = {
	file: 'sources.csv',
	columns: {
		key: { kind: 'id' },
		title: { kind: 'text', required: true },
		url: { kind: 'url' },
		publisher: { kind: 'text' },
		accessed: { kind: 'date' }
	},
	optional: []
};
