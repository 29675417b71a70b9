// The dataset contract (DESIGN.md §2): what the CSVs compile to and what the app loads.

export const NODE_TYPES = [
	'state',
	'region',
	'body',
	'document',
	'thematic_area',
	'project',
	// Nodes of an opened network whose file says nothing that maps to the types above.
	'other'
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const REGIONS = [
	'eu_schengen',
	'western_balkans',
	'eastern_partnership',
	'central_asia',
	'russia',
	'turkiye'
] as const;
export type Region = (typeof REGIONS)[number];

export const STATUSES = ['active', 'not_invited', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

export const RELATIONS = [
	'participates_in',
	'member_of',
	'leads',
	'partner_in',
	'beneficiary_of',
	'observer_in',
	'chairs',
	'supports',
	'hosts',
	'secretariat_of',
	'funds',
	'adopted_at',
	'endorses',
	'contributes_to',
	'covers',
	'produced',
	'succeeds',
	'part_of',
	// Edges of an opened network whose file names no relation of the list above.
	'linked_to'
] as const;
export type Relation = (typeof RELATIONS)[number];

export const EVENT_KINDS = [
	'ministerial_conference',
	'senior_officials_meeting',
	'core_group_meeting',
	'strategic_group_meeting',
	'adoption',
	'project_start',
	'project_end',
	'project_meeting',
	'leadership_change',
	'membership_change',
	'publication',
	'review',
	'other'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** An ISO 8601 date at the precision the source gives: `2009`, `2010-12` or `2009-04-28`. */
export type PartialDate = string;

export interface Labels {
	en: string;
	/** Empty when no Russian label exists: the app falls back to English. */
	ru: string;
	/** True when `ru` is the project's own translation, not an official or standard name. */
	ruUnofficial: boolean;
}

/** What every record carries so that it can be traced and flagged. */
export interface Provenance {
	uncertain: boolean;
	note: string;
	sources: string[];
}

export interface DataNode extends Provenance {
	id: string;
	type: NodeType;
	label: Labels;
	region: Region | null;
	iso: string;
	acronym: string;
	from: PartialDate;
	until: PartialDate;
	status: Status | null;
	x: number | null;
	y: number | null;
	/** Colour (`#rrggbb`) and size given by an opened file; absent: by type, region and degree. */
	color?: string;
	size?: number;
	/**
	 * Attributes of an opened file beyond this contract (GEXF/GraphML), as text by name: kept so
	 * that exports carry them and facets can offer them. Absent for the Prague Process data.
	 */
	attributes?: Record<string, string>;
}

export interface DataEdge extends Provenance {
	id: string;
	source: string;
	target: string;
	relation: Relation;
	from: PartialDate;
	until: PartialDate;
}

export interface DataEvent extends Provenance {
	id: string;
	kind: EventKind;
	label: Labels;
	date: PartialDate;
	endDate: PartialDate;
	place: string;
	nodes: string[];
}

export interface Source {
	key: string;
	title: string;
	url: string;
	publisher: string;
	accessed: PartialDate;
}

export interface Dataset {
	nodes: DataNode[];
	edges: DataEdge[];
	events: DataEvent[];
	sources: Source[];
}

/** A compiled dataset file: the dataset with a position for every node. */
export interface CompiledDataset extends Dataset {
	format: 'prague-process-network';
	version: 1;
}

/** One problem found in the data, reported as `file:row: column: message`. */
export interface Problem {
	file: string;
	/** Spreadsheet row number (the header is row 1), or the record's index in a JSON file. */
	row: number | null;
	column: string | null;
	message: string;
}
