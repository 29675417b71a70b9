// What the importers hand back: a dataset of the app's own type, and a report of how the file's
// attributes were read, for the notice that tells a user what was mapped and what was defaulted.
import type { Dataset, Problem } from '../data/types';

export type NetworkFormat = 'csv' | 'json' | 'gexf' | 'graphml';

export interface ImportReport {
	format: NetworkFormat;
	files: string[];
	nodes: number;
	edges: number;
	/** Written by this app (or in its own contract): every field was read back as it was. */
	own: boolean;
	/** Fields of the contract read from the file's attributes (`field` from `from`). */
	mapped: { field: string; from: string }[];
	/** Fields given a default value, and on how many records. */
	defaulted: { field: string; value: string; count: number }[];
	/** The file's other node attributes, kept as they are (facets, exports). */
	kept: string[];
	/** What the explorer cannot hold, and on how many records. */
	left: (
		{ kind: 'self-loops'; count: number } | { kind: 'edge-attribute'; name: string; count: number }
	)[];
	/** Ids that had to be rewritten to letters, digits and . _ - */
	renamedIds: number;
}

export type ImportResult =
	{ ok: true; dataset: Dataset; report: ImportReport } | { ok: false; problems: Problem[] };

/** A file as the importers read it: a name and its text. */
export interface TextFile {
	name: string;
	text: string;
}

/** A network a user opened: the dataset the page shows, where it came from, how it was read. */
export interface OpenedNetwork {
	dataset: Dataset;
	/** The files, their author (GEXF meta) and when they were opened. */
	origin: { files: string[]; creator: string; opened: string };
	report: ImportReport;
}
