// The words of an export's frame and its file name: which filters and period made the view, where
// the data comes from and how recent it is. Pure, in the interface's language.
import { periodEnd, type Period } from '../data/dates';
import type { Dataset, NodeType, Region, Status } from '../data/types';
import type { AttributeFilters } from '../graph/attribute-filters';
import { FACETS, type Filters } from '../graph/filters';
import { formatPartialDate } from '../i18n/format';
import {
	NODE_TYPE_NAMES,
	REGION_NAMES,
	RELATION_NAMES,
	STATUS_KEYS,
	translator,
	type Locale
} from '../i18n/messages';
import { normalise } from './foreign';

/** The open ends of a period (as the URL codec writes them, state/url.ts MIN_DAY and MAX_DAY). */
const OPEN_START = '0001-01-01';
const OPEN_END = '9999-12-31';

/** Where the shown network comes from: null for the bundled one. */
export interface Origin {
	files: string[];
	/** The tool or person the file names as its author (GEXF meta), or ''. */
	creator: string;
	/** When it was opened (`YYYY-MM-DD`). */
	opened: string;
}

export interface ViewFacts {
	dataset: Dataset;
	filters: Filters;
	/** Ticked values of an opened file's own attributes. */
	attributes?: AttributeFilters;
	period: Period | null;
	locale: Locale;
	shown: number;
	origin: Origin | null;
	/** `YYYY-MM-DD`: the export's date. */
	today: string;
}

/** A day at the precision it stands for as a bound: `2012-01-01` as a start is "2012". */
function bound(day: string, end: boolean): string {
	const [y, m] = day.split('-');
	if (end) {
		if (day === periodEnd(y!)) return y!;
		if (day === periodEnd(`${y}-${m}`)) return `${y}-${m}`;
		return day;
	}
	if (day.endsWith('-01-01')) return y!;
	if (day.endsWith('-01')) return `${y}-${m}`;
	return day;
}

/** "period 2012 – 2016", "as of 30 June 2012", "from 2012", or null for all time. */
export function periodText(period: Period | null, locale: Locale): string | null {
	if (!period) return null;
	const t = translator(locale);
	const words = (day: string, end: boolean) => formatPartialDate(bound(day, end), locale);
	if (period.from === period.to) return t('io.frame.asOf', { date: words(period.from, false) });
	if (period.from === OPEN_START) return t('io.frame.to', { to: words(period.to, true) });
	if (period.to === OPEN_END) return t('io.frame.from', { from: words(period.from, false) });
	return t('io.frame.period', { from: words(period.from, false), to: words(period.to, true) });
}

/** One line: every facet in use with its values, the period and the uncertain switch. */
export function filterLine(facts: ViewFacts): string {
	const { filters, locale, dataset } = facts;
	const t = translator(locale);
	const titles = {
		region: t('filters.region'),
		area: t('filters.area'),
		type: t('filters.type'),
		status: t('filters.status')
	};
	const valueName = (facet: (typeof FACETS)[number], v: string) => {
		switch (facet) {
			case 'region':
				return REGION_NAMES[locale][v as Region];
			case 'type':
				return NODE_TYPE_NAMES[locale][v as NodeType];
			case 'status':
				return t(STATUS_KEYS[v as Status]);
			case 'area': {
				const node = dataset.nodes.find((n) => n.id === v);
				return node ? (locale === 'ru' && node.label.ru) || node.label.en : v;
			}
		}
	};
	const parts = FACETS.flatMap((facet) => {
		const f = filters.facets.find((x) => x.facet === facet);
		if (!f || f.values.length === 0) return [];
		return [`${titles[facet]}: ${f.values.map((v) => valueName(facet, v)).join(', ')}`];
	});
	if (filters.relations?.length) {
		const names = filters.relations.map((r) => RELATION_NAMES[locale][r].out);
		parts.push(`${t('filters.relation')}: ${names.join(', ')}`);
	}
	for (const [key, values] of Object.entries(facts.attributes ?? {})) {
		if (values.length) parts.push(`${key}: ${values.join(', ')}`);
	}
	const head = parts.length
		? t('io.frame.filters', { list: parts.join('; ') })
		: t('io.frame.noFilters');
	const tail = [periodText(facts.period, locale) ?? t('io.frame.allTime')];
	if (!filters.showUncertain) tail.push(t('io.frame.uncertainHidden'));
	return [head, ...tail].join(' · ');
}

/** The newest `accessed` date of the sources: how recent the data is. */
function newestAccess(dataset: Dataset): string | null {
	const dates = dataset.sources.map((s) => s.accessed).filter((d) => d !== '');
	return dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null;
}

export function dataLine(facts: ViewFacts): string {
	const t = translator(facts.locale);
	if (facts.origin) {
		return t('io.frame.dataFile', {
			files: facts.origin.files.join(', '),
			date: formatPartialDate(facts.origin.opened, facts.locale)
		});
	}
	const newest = newestAccess(facts.dataset);
	return newest ? t('io.frame.data', { date: formatPartialDate(newest, facts.locale) }) : '';
}

export function sourceLine(facts: ViewFacts): string {
	const t = translator(facts.locale);
	const app = t('app.title');
	const date = formatPartialDate(facts.today, facts.locale);
	if (facts.origin) {
		const creator = facts.origin.creator ? ` (${facts.origin.creator})` : '';
		return t('io.frame.fileSource', { files: facts.origin.files.join(', '), creator, date, app });
	}
	// The publishers cited most, so that a slide names where the facts come from.
	const count = new Map<string, number>();
	for (const s of facts.dataset.sources) {
		if (s.publisher) count.set(s.publisher, (count.get(s.publisher) ?? 0) + 1);
	}
	const publishers = [...count]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, 3)
		.map(([p]) => p);
	return t('io.frame.source', {
		app,
		count: facts.dataset.sources.length,
		publishers: [...publishers, '…'].join(', '),
		date
	});
}

const slug = (s: string) => normalise(s).replace(/_/g, '-');

/** A file name that says what the file holds: `prague-process_central-asia_2012-2016.svg`. */
export function exportFileName(
	facts: Pick<ViewFacts, 'filters' | 'period' | 'origin' | 'attributes'>,
	ext: string
): string {
	const base = facts.origin
		? slug(
				facts.origin.files[0]!.replace(/\.[^.]+$/, '').replace(/_(nodes|edges|events|sources)$/, '')
			) || 'network'
		: 'prague-process';
	const parts = [base];
	for (const facet of FACETS) {
		const f = facts.filters.facets.find((x) => x.facet === facet);
		if (f) parts.push(...f.values.map(slug));
	}
	parts.push(...(facts.filters.relations ?? []).map(slug));
	for (const [key, values] of Object.entries(facts.attributes ?? {})) {
		if (values.length) parts.push(slug(`${key} ${values.join(' ')}`));
	}
	if (!facts.filters.showUncertain) parts.push('certain-only');
	const p = facts.period;
	if (p) {
		if (p.from === p.to) parts.push(p.from);
		else if (p.from === OPEN_START) parts.push(`until-${bound(p.to, true)}`);
		else if (p.to === OPEN_END) parts.push(`from-${bound(p.from, false)}`);
		else {
			const [a, b] = [bound(p.from, false), bound(p.to, true)];
			parts.push(a === b ? a : `${a}-${b}`);
		}
	}
	let name = parts.join('_');
	// Long selections are cut at a part, so the name stays usable on every file system.
	while (name.length > 100 && parts.length > 2) {
		parts.splice(parts.length - 2, 1);
		name = parts.join('_');
	}
	return `${name}.${ext}`;
}
