// The story file format (data/stories/*.json, and the editor's export): a story is an ordered list
// of scenes, and a scene is a saved view state written as the URL codec's query string, so that one
// codec serves links and scenes (DESIGN.md §3).

/** A text in the Process's two working languages; `ru` is empty when not given (English is shown). */
export interface LocalText {
	en: string;
	ru: string;
}

export interface Scene {
	title: LocalText;
	caption: LocalText;
	/** Speaker notes, shown in the presenter window only; empty when there are none. */
	notes: string;
	/** The view as the URL codec's query string, without `?` (`region=central_asia&node=tajikistan`). */
	view: string;
}

export interface Story {
	/** Used in links (`?present=<id>`) and as the file name (`<id>.json`). */
	id: string;
	title: LocalText;
	scenes: Scene[];
}
