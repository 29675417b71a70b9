// The title a new scene starts with: what it selects (a node or an event, in both languages), else
// its number. The user retitles it in the editor.
import { translator } from '../i18n/messages';
import type { ViewState } from '../state/url';
import type { LocalText } from './types';

export function newSceneTitle(
	view: Pick<ViewState, 'node' | 'event'>,
	number: number,
	labelOf: (id: string) => { en: string; ru: string } | null
): LocalText {
	const id = view.event ?? view.node;
	const label = id === null ? null : labelOf(id);
	if (label && label.en) return { en: label.en, ru: label.ru };
	return {
		en: translator('en')('story.newScene', { number }),
		ru: translator('ru')('story.newScene', { number })
	};
}
