import type { DataNode, Status } from './types';

/** A node's status; without one, `ended` when it has an end date, else `active`. */
export function statusOf(node: Pick<DataNode, 'status' | 'until'>): Status {
	return node.status ?? (node.until ? 'ended' : 'active');
}
