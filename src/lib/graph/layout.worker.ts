// Lays out a network that came without positions, off the main thread. The same deterministic
// layout as the build's, so a file opened twice gives the same picture.
import type { Dataset } from '../data/types';
import { buildGraph } from './build';
import { computeLayout } from './layout';

self.onmessage = (event: MessageEvent<Dataset>) => {
	self.postMessage([...computeLayout(buildGraph(event.data))]);
};
