import { PANEL_MESSAGES } from '../../src/lib/i18n/messages-panels';
import { PRESENT_MESSAGES } from '../../src/lib/i18n/messages-present';
import { describe, expect, it } from 'vitest';
import { labelIn } from '../../src/lib/i18n/label';
import { translator } from '../../src/lib/i18n/messages';

describe('the message catalogue', () => {
	it('writes counts in the right plural form: “1 node”, “2 nodes”', () => {
		const t = translator('en');
		expect(t('table.count', { count: 1 })).toBe('1 node');
		expect(t('table.count', { count: 2 })).toBe('2 nodes');
		expect(t('table.count', { count: 0 })).toBe('0 nodes');
	});

	it('uses the Russian one/few/many forms', () => {
		const t = translator('ru');
		expect(t('table.count', { count: 1 })).toBe('1 узел');
		expect(t('table.count', { count: 21 })).toBe('21 узел');
		expect(t('table.count', { count: 3 })).toBe('3 узла');
		expect(t('table.count', { count: 5 })).toBe('5 узлов');
		expect(t('table.count', { count: 11 })).toBe('11 узлов');
	});

	it('writes large counts with the language’s thousands separator', () => {
		expect(translator('en')('table.count', { count: 50000 })).toBe('50,000 nodes');
		expect(translator('ru')('table.count', { count: 50000 })).toBe('50\u00a0000 узлов');
	});
});

describe('labelIn', () => {
	it('takes the label in the language, else English, never a blank', () => {
		const labels = { en: 'Sweden', ru: 'Швеция' };
		expect(labelIn(labels, 'ru')).toBe('Швеция');
		expect(labelIn(labels, 'en')).toBe('Sweden');
		expect(labelIn({ en: 'ICMPD', ru: '' }, 'ru')).toBe('ICMPD');
	});
});

describe('messages loaded later', () => {
	it('present mode’s messages come with its code; before they do, a key shows as itself', () => {
		expect(translator('en')('present.next')).toBe('present.next');
		expect(translator('ru', PRESENT_MESSAGES.ru)('present.next')).toBe('Следующая сцена');
		expect(translator('en', PRESENT_MESSAGES.en)('story.count', { count: 2 })).toBe('2 scenes');
		expect(translator('ru', PANEL_MESSAGES.ru)('view.title')).not.toBe('view.title');
		// The page's own messages are there either way.
		expect(translator('en', PRESENT_MESSAGES.en)('link.copy')).toBe(translator('en')('link.copy'));
	});
});
