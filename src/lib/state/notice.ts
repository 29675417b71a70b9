// The text of a link notice: which parameters of the link were not used and why, short enough for
// two lines: at most a few names, then a count of the rest.
import { translator, type Locale } from '../i18n/messages';
import type { DropReason, Dropped } from './url';

/** How many parameters are named; the rest are counted. */
const NAMED = 3;
const MAX_CHARS = 20;

const short = (s: string) => (s.length > MAX_CHARS ? `${s.slice(0, MAX_CHARS)}…` : s);

const REASON_KEYS = {
	unknown: 'linkNotice.unknown',
	malformed: 'linkNotice.malformed',
	'unknown-id': 'linkNotice.unknownId',
	duplicate: 'linkNotice.duplicate',
	overridden: 'linkNotice.overridden'
} as const satisfies Record<DropReason, string>;

/** "" when nothing was dropped, else one sentence in the interface language. */
export function describeDropped(dropped: readonly Dropped[], locale: Locale): string {
	if (dropped.length === 0) return '';
	const t = translator(locale);
	// One item per parameter and reason: `region=atlantis,mars (not valid)`.
	const groups = new Map<string, Dropped[]>();
	for (const d of dropped) {
		const key = `${d.param}\u0000${d.reason}\u0000${d.by ?? ''}`;
		groups.set(key, [...(groups.get(key) ?? []), d]);
	}
	const items = [...groups.values()].map((group) => {
		const { param, reason, by } = group[0]!;
		const values = group.map((d) => short(d.value)).join(',');
		const name = reason === 'unknown' ? short(param) : `${short(param)}=${short(values)}`;
		return `${name} (${t(REASON_KEYS[reason], { by: by ?? '' })})`;
	});
	const named = items.slice(0, NAMED).join(', ');
	const rest = items.length - NAMED;
	const list = rest > 0 ? `${named} ${t('linkNotice.more', { count: rest })}` : named;
	return t('linkNotice.lead', { count: items.length, list });
}
