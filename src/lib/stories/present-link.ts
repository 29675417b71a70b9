// Links into present mode and out of it, through the one URL codec.
import type { Locale } from '../i18n/messages';
import { encodePageMode, EXPLORER_MODE, encodeViewState, type ViewState } from '../state/url';

/** `?present=draft` presents the story being edited, kept in this browser (see storage.ts). */
export const DRAFT_STORY_ID = 'draft';

/** The query string of a scene of a story in present mode (`present=default&scene=4&lang=ru`). */
export function presentQuery(
	story: string,
	scene: number,
	options: { lang?: Locale | null; presenter?: boolean; embed?: boolean } = {}
): string {
	const mode = encodePageMode({
		...EXPLORER_MODE,
		present: story,
		scene,
		presenter: options.presenter ?? false,
		embed: options.embed ?? false
	});
	// English is the default language, as in the explorer's links.
	return options.lang && options.lang !== 'en' ? `${mode}&lang=${options.lang}` : mode;
}

/** The query string of a view embedded in another page (`embed=1&region=russia`). */
export function embedQuery(view: ViewState): string {
	const query = encodeViewState(view);
	return query ? `embed=1&${query}` : 'embed=1';
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'"': '&quot;',
	'<': '&lt;',
	'>': '&gt;'
};
const attribute = (value: string) => value.replace(/[&"<>]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/**
 * The HTML an editor pastes into a web page to show `src` there. Its values are escaped, so a title
 * or a link with quotes in it cannot break out of its attribute.
 */
export function embedSnippet(src: string, title: string): string {
	return (
		`<iframe src="${attribute(src)}" title="${attribute(title)}" width="960" height="600" ` +
		`style="border: 0; max-width: 100%" loading="lazy" allow="fullscreen"></iframe>`
	);
}
