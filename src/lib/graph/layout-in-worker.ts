// The browser side of layout.worker.ts: a dataset whose nodes all have positions is returned as it
// is; otherwise the layout runs in a web worker and the positions are merged in.
import type { Dataset } from '../data/types';

type Positions = [string, { x: number; y: number }][];

export async function withLayoutInWorker<D extends Dataset>(dataset: D): Promise<D> {
	if (dataset.nodes.every((n) => n.x !== null && n.y !== null)) return dataset;
	const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
	try {
		const entries = await new Promise<Positions>((resolve, reject) => {
			worker.onmessage = (event: MessageEvent<Positions>) => resolve(event.data);
			worker.onerror = (event) => reject(new Error(event.message || 'the layout worker failed'));
			worker.postMessage(dataset);
		});
		const positions = new Map(entries);
		return { ...dataset, nodes: dataset.nodes.map((n) => ({ ...n, ...positions.get(n.id) })) };
	} finally {
		worker.terminate();
	}
}
