import type { Labels } from '../data/types';
import type { Locale } from './messages';

/** A record's label in `locale`; a missing Russian label falls back to English, never to blank. */
export function labelIn(labels: Pick<Labels, 'en' | 'ru'>, locale: Locale): string {
	return locale === 'ru' && labels.ru ? labels.ru : labels.en;
}
