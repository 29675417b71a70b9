import { isLocale, translator, type Locale, type Translate } from '../i18n/messages';

const STORAGE_KEY = 'ppne.locale';

/** The interface language, remembered in the browser. A stored value that is not a locale is ignored. */
export class LocaleState {
	locale = $state<Locale>('en');
	t: Translate = $derived(translator(this.locale));

	constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null = null) {
		this.#storage = storage;
		const stored = safely(() => storage?.getItem(STORAGE_KEY));
		if (isLocale(stored)) this.locale = stored;
	}

	#storage: Pick<Storage, 'getItem' | 'setItem'> | null;

	set(locale: Locale) {
		this.locale = locale;
		safely(() => this.#storage?.setItem(STORAGE_KEY, locale));
	}

	toggle() {
		this.set(this.locale === 'en' ? 'ru' : 'en');
	}
}

/** Storage can throw (private mode, quota, blocked cookies): a preference is never worth a crash. */
function safely<T>(f: () => T): T | null {
	try {
		return f();
	} catch {
		return null;
	}
}
