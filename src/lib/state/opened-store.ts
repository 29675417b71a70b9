// An opened network kept in the browser (IndexedDB), so that a reload shows it again. Every call
// resolves, never throws: private windows and blocked storage mean "not kept", not a broken page.
// What comes back is validated again before use, like any file.
import { parseCompiledDataset, toCompiledDataset } from '../data/compile';
import type { Problem } from '../data/types';
import type { OpenedNetwork } from '../io/types';

const DB = 'prague-process-explorer';
const STORE = 'opened-network';
const KEY = 'current';

/** How long the page waits for the browser's database before it shows the bundled network. */
const OPEN_TIMEOUT_MS = 2000;

function database(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		// Some browsers leave the request pending (storage blocked in a third-party frame).
		setTimeout(() => reject(new Error('timed out')), OPEN_TIMEOUT_MS);
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
		request.onblocked = () => reject(new Error('blocked'));
	});
}

async function run<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await database();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = act(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result);
			tx.onerror = () => reject(tx.error);
			tx.onabort = () => reject(tx.error);
		});
	} finally {
		db.close();
	}
}

/** Keeps the network; false when the browser would not. */
export async function keepOpenedNetwork(network: OpenedNetwork): Promise<boolean> {
	try {
		await run('readwrite', (s) => s.put(network, KEY));
		return true;
	} catch {
		return false;
	}
}

export type KeptNetwork =
	| { kind: 'none' }
	| { kind: 'network'; network: OpenedNetwork }
	| { kind: 'invalid'; file: string; problems: Problem[] };

/** The kept network, validated again (the app may have changed since it was kept). */
export async function readKeptNetwork(): Promise<KeptNetwork> {
	let value: unknown;
	try {
		if (typeof indexedDB === 'undefined') return { kind: 'none' };
		value = await run('readonly', (s) => s.get(KEY));
	} catch {
		return { kind: 'none' };
	}
	if (value === undefined) return { kind: 'none' };
	const stored = value as Partial<OpenedNetwork>;
	const file = stored.origin?.files?.join(', ') || 'the kept network';
	const checked = parseCompiledDataset(toCompiledDataset(stored.dataset as never), file, {
		requireSourceUrls: false
	});
	if (!checked.ok || !stored.origin || !stored.report) {
		await forgetOpenedNetwork();
		return {
			kind: 'invalid',
			file,
			problems: checked.ok
				? [{ file, row: null, column: null, message: 'was kept in an older form' }]
				: checked.problems
		};
	}
	return { kind: 'network', network: { ...(stored as OpenedNetwork), dataset: checked.dataset } };
}

export async function forgetOpenedNetwork(): Promise<void> {
	try {
		await run('readwrite', (s) => s.delete(KEY));
	} catch {
		// Nothing kept, nothing to forget.
	}
}
