// Scene ⇄ view state, through the one URL codec: a scene's view is a link's query string.
import { decodeViewState, encodeViewState, type ViewState } from '../state/url';
import type { Locale } from '../i18n/messages';
import type { LocalText, Scene } from './types';

/**
 * The query string a scene keeps for a view. The language and the dataset file are left out: the
 * audience's language is chosen when presenting, and a story is told over one dataset.
 */
export function sceneQuery(view: ViewState): string {
	return encodeViewState({ ...view, lang: null, data: null });
}

/** The view state a scene shows. Decoding is total: a validated scene loses nothing here. */
export function sceneViewState(scene: Pick<Scene, 'view'>): ViewState {
	return decodeViewState(scene.view).state;
}

/** A scene's text in a locale; a missing Russian text falls back to English. */
export function localText(text: LocalText, locale: Locale): string {
	return (locale === 'ru' && text.ru.trim() !== '' ? text.ru : text.en) || text.ru;
}
