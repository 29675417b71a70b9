// Small builders for hand-made datasets in unit tests.
import type {
	DataEdge,
	DataNode,
	Dataset,
	NodeType,
	Region,
	Relation
} from '../../src/lib/data/types';

export const node = (id: string, type: NodeType, more: Partial<DataNode> = {}): DataNode => ({
	id,
	type,
	label: { en: id, ru: '', ruUnofficial: false },
	region: null,
	iso: '',
	acronym: '',
	from: '',
	until: '',
	status: null,
	uncertain: false,
	note: '',
	sources: ['S'],
	x: 0,
	y: 0,
	...more
});

export const state = (id: string, region: Region, more: Partial<DataNode> = {}) =>
	node(id, 'state', { region, ...more });

/** Edges get the id `source-relation-target` unless `more.id` says otherwise. */
export const edge = (
	source: string,
	relation: Relation,
	target: string,
	more: Partial<DataEdge> = {}
): DataEdge => ({
	id: `${source}-${relation}-${target}`,
	source,
	target,
	relation,
	from: '',
	until: '',
	uncertain: false,
	note: '',
	sources: ['S'],
	...more
});

export const dataset = (nodes: DataNode[], edges: DataEdge[]): Dataset => ({
	nodes,
	edges,
	events: [],
	sources: [{ key: 'S', title: 'S', url: 'https://example.org', publisher: '', accessed: '' }]
});
