// The browser side of "Open…": reads the chosen files, hands them to the importers, lays out a
// network that comes without positions (in the worker, as for `?data=`). Never throws.
import type { Problem } from '../data/types';
import { withLayoutInWorker } from '../graph/layout-in-worker';
import { FILE_SOURCE } from '../io/foreign';
import { openNetworkFiles } from '../io/open';
import type { OpenedNetwork, TextFile } from '../io/types';

export type Opened = { ok: true; network: OpenedNetwork } | { ok: false; problems: Problem[] };

const whole = (file: string, message: string): Problem => ({
	file,
	row: null,
	column: null,
	message
});

export async function openFiles(files: File[], today: string): Promise<Opened> {
	const texts: TextFile[] = [];
	for (const file of files) {
		try {
			texts.push({ name: file.name, text: await file.text() });
		} catch {
			return { ok: false, problems: [whole(file.name, 'could not be read')] };
		}
	}
	// The importers are loaded with the first file opened (the XML parser is not small).
	const result = openNetworkFiles(texts, today);
	if (!result.ok) return result;
	let dataset = result.dataset;
	try {
		dataset = await withLayoutInWorker(dataset);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { ok: false, problems: [whole(texts[0]!.name, `could not be laid out: ${reason}`)] };
	}
	const source = dataset.sources.find((s) => s.key === FILE_SOURCE);
	return {
		ok: true,
		network: {
			dataset,
			origin: {
				files: texts.map((f) => f.name),
				creator: result.report.own ? '' : (source?.publisher ?? ''),
				opened: today
			},
			report: result.report
		}
	};
}
