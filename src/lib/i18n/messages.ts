// The one catalogue of UI strings. English is complete; Russian covers the same keys. Data labels
// are not here: they come from the dataset in both languages.
import type { EventKind, NodeType, Region, Relation, Status } from '../data/types';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
	'app.title': 'Prague Process Network Explorer',
	'app.subtitle': 'States, bodies, documents, thematic areas and projects of the Prague Process',
	'app.loading': 'Loading the network…',
	'app.loadFailed': 'The network could not be loaded: {reason}',
	'app.invalidData': 'The dataset file {file} is invalid, so nothing of it is shown:',
	'lang.switch': 'Русский',
	'lang.switchLabel': 'Switch the interface to Russian',
	'search.label': 'Find a node',
	'search.placeholder': 'Search states, bodies, projects…',
	'search.noResults': 'No match',
	'search.results': '{count} suggestions',
	'network.label':
		'Network of the Prague Process (interactive canvas; the table “Visible nodes” lists the same nodes)',
	'network.zoomIn': 'Zoom in',
	'network.zoomOut': 'Zoom out',
	'network.fit': 'Fit the whole network',
	'network.noWebgl':
		'The network drawing needs WebGL, which this browser has turned off or does not support. Every node is still listed in the table “Visible nodes”, and selecting one there shows its details.',
	'network.renderFailed':
		'The network could not be drawn: {reason}. The table “Visible nodes” still lists every node.',
	'legend.title': 'Legend',
	'legend.states': 'States, by region',
	'legend.others': 'Other nodes',
	'legend.size': 'Size: number of connections',
	'legend.uncertain': 'Uncertain: sources disagree',
	'table.caption': 'Visible nodes',
	'table.count': '{count} nodes',
	'table.more':
		'The first {shown} of {count} nodes are listed: use the filters or the search box to find the others.',
	'table.label': 'Name',
	'table.type': 'Type',
	'table.region': 'Region',
	'table.sortBy': 'Sort by {column}',
	'detail.title': 'Details',
	'detail.empty':
		'Select a node in the network, the table or the search box to see its details and sources.',
	'detail.close': 'Clear selection',
	'detail.type': 'Type',
	'detail.region': 'Region',
	'detail.period': 'Period',
	'detail.status': 'Status',
	'detail.iso': 'ISO code',
	'detail.acronym': 'Short name',
	'detail.note': 'Note',
	'detail.relations': 'Relations',
	'detail.events': 'Events',
	'detail.sources': 'Sources',
	'detail.nodeSources': 'Sources for this node',
	'detail.uncertain': 'Uncertain',
	'detail.uncertainHelp':
		'Sources disagree or the fact could not be confirmed; see the note and every source.',
	'detail.unofficialRu': 'unofficial translation',
	'detail.since': 'since {from}',
	'detail.until': 'until {until}',
	'detail.sourceLink': 'Source {key}: {title}',
	'period.open': '{from} –',
	'status.active': 'active',
	'status.not_invited': 'not invited since 2022',
	'status.ended': 'ended',
	'region.none': '—',
	'filters.title': 'Filters',
	'filters.region': 'Region',
	'filters.area': 'Thematic area',
	'filters.type': 'Node type',
	'filters.status': 'Status',
	'filters.uncertain': 'Show uncertain records',
	'filters.clear': 'Clear all',
	'filters.help': 'How filters combine',
	'filters.helpText':
		'A node is shown when it passes every facet in use; within a facet, any ticked value lets it pass. Region: the states of the ticked regions, their region, and every other node directly linked to one of those states. Thematic area: the area (and its 2009 predecessor), the projects and documents linked to it, and the states and bodies directly linked to one of those projects. Type and status: the node’s own. The timeline’s period shows what was valid at any moment in it. Edges show between shown nodes only.',
	'filters.shown': '{shown} of {total} nodes shown',
	'timeline.title': 'Timeline',
	'timeline.lane.ministerial': 'Ministerial Conferences',
	'timeline.lane.som': 'Senior Officials’ Meetings',
	'timeline.lane.groups': 'Core / Strategic Group',
	'timeline.lane.documents': 'Documents',
	'timeline.lane.projects': 'Projects',
	'timeline.lane.other': 'Other events',
	'timeline.period': 'Period',
	'timeline.allTime': 'All time: drag across the timeline to choose a period.',
	'timeline.periodText': 'Showing what was valid from {from} to {to}.',
	'timeline.asOfText': 'Showing the network as of {date}.',
	'timeline.clearPeriod': 'All time',
	'timeline.choosePeriod': 'Choose a period',
	'timeline.play': 'Play',
	'timeline.pause': 'Pause',
	'timeline.playLabel': 'Play the network’s growth year by year',
	'timeline.zoomIn': 'Zoom the timeline in',
	'timeline.zoomOut': 'Zoom the timeline out',
	'timeline.reset': 'Show the whole timeline',
	'timeline.handleFrom': 'Start of the period',
	'timeline.handleTo': 'End of the period',
	'timeline.handleHelp':
		'Arrow keys move by a month, Shift+arrow by a year, Home and End to the ends.',
	'network.highlight': 'Highlighted in the network',
	'network.highlightNone': 'Nothing highlighted',
	'timeline.chart':
		'Timeline of events, documents and projects; the table “Events in the period” lists the same events',
	'events.caption': 'Events in the period',
	'events.count': '{count} events',
	'events.date': 'Date',
	'events.event': 'Event',
	'events.kind': 'Kind',
	'events.place': 'Place',
	'events.involves': 'Involves',
	'tabs.label': 'Lists',
	'tabs.nodes': 'Nodes ({count})',
	'tabs.events': 'Events ({count})',
	'link.copy': 'Copy link',
	'link.copied': 'Link copied',
	'link.copyFailed': 'Copy this link:',
	'notice.ignored': '{count} link parameters were not understood and were ignored: {names}.',
	'notice.ignoredOne': '1 link parameter was not understood and was ignored: {names}.',
	'notice.refused': 'The dataset file {file} was refused, so the bundled network is shown:',
	'notice.dismiss': 'Dismiss'
};

type Key = keyof typeof en;
export type Messages = Record<Key, string>;

const ru: Messages = {
	'app.title': 'Обозреватель сети Пражского процесса',
	'app.subtitle':
		'Государства, органы, документы, тематические направления и проекты Пражского процесса',
	'app.loading': 'Загрузка сети…',
	'app.loadFailed': 'Не удалось загрузить сеть: {reason}',
	'app.invalidData': 'Файл данных {file} содержит ошибки, поэтому ничего из него не показано:',
	'lang.switch': 'English',
	'lang.switchLabel': 'Переключить интерфейс на английский',
	'search.label': 'Найти узел',
	'search.placeholder': 'Поиск государств, органов, проектов…',
	'search.noResults': 'Ничего не найдено',
	'search.results': 'Вариантов: {count}',
	'network.label':
		'Сеть Пражского процесса (интерактивная схема; таблица «Видимые узлы» перечисляет те же узлы)',
	'network.zoomIn': 'Приблизить',
	'network.zoomOut': 'Отдалить',
	'network.fit': 'Показать всю сеть',
	'network.noWebgl':
		'Для схемы сети нужен WebGL, который в этом браузере отключён или не поддерживается. Все узлы перечислены в таблице «Видимые узлы»; выбор узла там показывает его данные.',
	'network.renderFailed':
		'Не удалось нарисовать сеть: {reason}. Таблица «Видимые узлы» по-прежнему перечисляет все узлы.',
	'legend.title': 'Условные обозначения',
	'legend.states': 'Государства по регионам',
	'legend.others': 'Другие узлы',
	'legend.size': 'Размер: число связей',
	'legend.uncertain': 'Недостоверно: источники расходятся',
	'table.caption': 'Видимые узлы',
	'table.count': 'Узлов: {count}',
	'table.more':
		'Показаны первые {shown} из {count} узлов: найдите остальные с помощью фильтров или поиска.',
	'table.label': 'Название',
	'table.type': 'Тип',
	'table.region': 'Регион',
	'table.sortBy': 'Сортировать по столбцу «{column}»',
	'detail.title': 'Подробности',
	'detail.empty':
		'Выберите узел на схеме, в таблице или через поиск, чтобы увидеть сведения и источники.',
	'detail.close': 'Снять выбор',
	'detail.type': 'Тип',
	'detail.region': 'Регион',
	'detail.period': 'Период',
	'detail.status': 'Статус',
	'detail.iso': 'Код ISO',
	'detail.acronym': 'Краткое название',
	'detail.note': 'Примечание',
	'detail.relations': 'Связи',
	'detail.events': 'События',
	'detail.sources': 'Источники',
	'detail.nodeSources': 'Источники по этому узлу',
	'detail.uncertain': 'Недостоверно',
	'detail.uncertainHelp':
		'Источники расходятся или факт не удалось подтвердить; см. примечание и все источники.',
	'detail.unofficialRu': 'неофициальный перевод',
	'detail.since': 'с {from}',
	'detail.until': 'до {until}',
	'detail.sourceLink': 'Источник {key}: {title}',
	'period.open': '{from} –',
	'status.active': 'участвует',
	'status.not_invited': 'не приглашается с 2022 года',
	'status.ended': 'завершено',
	'region.none': '—',
	'filters.title': 'Фильтры',
	'filters.region': 'Регион',
	'filters.area': 'Тематическое направление',
	'filters.type': 'Тип узла',
	'filters.status': 'Статус',
	'filters.uncertain': 'Показывать недостоверные записи',
	'filters.clear': 'Сбросить всё',
	'filters.help': 'Как сочетаются фильтры',
	'filters.helpText':
		'Узел показан, если он проходит все используемые фильтры; внутри одного фильтра достаточно любого отмеченного значения. Регион: государства отмеченных регионов, сам регион и все прочие узлы, прямо связанные с этими государствами. Тематическое направление: направление (и его предшественник 2009 года), связанные с ним проекты и документы, а также государства и органы, прямо связанные с этими проектами. Тип и статус: собственные значения узла. Период на шкале времени показывает то, что действовало в любой его момент. Связи показаны только между показанными узлами.',
	'filters.shown': 'Показано узлов: {shown} из {total}',
	'timeline.title': 'Шкала времени',
	'timeline.lane.ministerial': 'Министерские конференции',
	'timeline.lane.som': 'Старшие должностные лица',
	'timeline.lane.groups': 'Основная / Стратег. группа',
	'timeline.lane.documents': 'Документы',
	'timeline.lane.projects': 'Проекты',
	'timeline.lane.other': 'Другие события',
	'timeline.period': 'Период',
	'timeline.allTime': 'Всё время: проведите по шкале, чтобы выбрать период.',
	'timeline.periodText': 'Показано то, что действовало с {from} по {to}.',
	'timeline.asOfText': 'Сеть по состоянию на {date}.',
	'timeline.clearPeriod': 'Всё время',
	'timeline.choosePeriod': 'Выбрать период',
	'timeline.play': 'Пуск',
	'timeline.pause': 'Пауза',
	'timeline.playLabel': 'Показать рост сети год за годом',
	'timeline.zoomIn': 'Приблизить шкалу',
	'timeline.zoomOut': 'Отдалить шкалу',
	'timeline.reset': 'Показать всю шкалу',
	'timeline.handleFrom': 'Начало периода',
	'timeline.handleTo': 'Конец периода',
	'timeline.handleHelp': 'Стрелки сдвигают на месяц, Shift+стрелка — на год, Home и End — к краям.',
	'network.highlight': 'Выделено на схеме',
	'network.highlightNone': 'Ничего не выделено',
	'timeline.chart':
		'Шкала событий, документов и проектов; таблица «События периода» перечисляет те же события',
	'events.caption': 'События периода',
	'events.count': 'Событий: {count}',
	'events.date': 'Дата',
	'events.event': 'Событие',
	'events.kind': 'Вид',
	'events.place': 'Место',
	'events.involves': 'Участники',
	'tabs.label': 'Списки',
	'tabs.nodes': 'Узлы ({count})',
	'tabs.events': 'События ({count})',
	'link.copy': 'Копировать ссылку',
	'link.copied': 'Ссылка скопирована',
	'link.copyFailed': 'Скопируйте ссылку:',
	'notice.ignored': 'Параметров ссылки не распознано и пропущено: {count} ({names}).',
	'notice.ignoredOne': 'Один параметр ссылки не распознан и пропущен: {names}.',
	'notice.refused': 'Файл данных {file} отклонён, поэтому показана встроенная сеть:',
	'notice.dismiss': 'Закрыть'
};

export const NODE_TYPE_NAMES: Record<Locale, Record<NodeType, string>> = {
	en: {
		state: 'State',
		region: 'Region',
		body: 'Body',
		document: 'Document',
		thematic_area: 'Thematic area',
		project: 'Project',
		other: 'Other'
	},
	ru: {
		state: 'Государство',
		region: 'Регион',
		body: 'Орган',
		document: 'Документ',
		thematic_area: 'Тематическое направление',
		project: 'Проект',
		other: 'Другое'
	}
};

export const REGION_NAMES: Record<Locale, Record<Region, string>> = {
	en: {
		eu_schengen: 'EU / Schengen area',
		western_balkans: 'Western Balkans',
		eastern_partnership: 'Eastern Partnership',
		central_asia: 'Central Asia',
		russia: 'Russia',
		turkiye: 'Türkiye'
	},
	ru: {
		eu_schengen: 'ЕС / Шенгенская зона',
		western_balkans: 'Западные Балканы',
		eastern_partnership: 'Восточное партнёрство',
		central_asia: 'Центральная Азия',
		russia: 'Россия',
		turkiye: 'Турция'
	}
};

/** How a relation reads from each end: `out` from its source, `in` from its target. */
export const RELATION_NAMES: Record<Locale, Record<Relation, { out: string; in: string }>> = {
	en: {
		participates_in: { out: 'Participates in', in: 'Participants' },
		member_of: { out: 'Member of', in: 'Members' },
		leads: { out: 'Leads', in: 'Led by' },
		partner_in: { out: 'Partner in', in: 'Partners' },
		beneficiary_of: { out: 'Beneficiary of', in: 'Beneficiaries' },
		observer_in: { out: 'Observer in', in: 'Observers' },
		chairs: { out: 'Chairs', in: 'Chaired by' },
		supports: { out: 'Supports', in: 'Supported by' },
		hosts: { out: 'Hosts', in: 'Hosted by' },
		secretariat_of: { out: 'Secretariat of', in: 'Secretariat' },
		funds: { out: 'Funds', in: 'Funded by' },
		adopted_at: { out: 'Adopted at', in: 'Adopted here' },
		endorses: { out: 'Endorses', in: 'Endorsed by' },
		contributes_to: { out: 'Contributed to', in: 'Contributors' },
		covers: { out: 'Covers', in: 'Covered by' },
		produced: { out: 'Produced', in: 'Produced by' },
		succeeds: { out: 'Succeeds', in: 'Succeeded by' },
		part_of: { out: 'Part of', in: 'Parts' },
		linked_to: { out: 'Linked to', in: 'Linked from' }
	},
	ru: {
		participates_in: { out: 'Участвует в', in: 'Участники' },
		member_of: { out: 'Входит в', in: 'Члены' },
		leads: { out: 'Руководит', in: 'Руководитель' },
		partner_in: { out: 'Партнёр в', in: 'Партнёры' },
		beneficiary_of: { out: 'Бенефициар', in: 'Бенефициары' },
		observer_in: { out: 'Наблюдатель в', in: 'Наблюдатели' },
		chairs: { out: 'Председательствует', in: 'Председатель' },
		supports: { out: 'Поддерживает', in: 'При поддержке' },
		hosts: { out: 'Принимает', in: 'Принимающая сторона' },
		secretariat_of: { out: 'Секретариат', in: 'Секретариат' },
		funds: { out: 'Финансирует', in: 'Финансирование' },
		adopted_at: { out: 'Принят на', in: 'Приняты здесь' },
		endorses: { out: 'Одобряет', in: 'Одобрили' },
		contributes_to: { out: 'Участвовал в подготовке', in: 'Участники подготовки' },
		covers: { out: 'Охватывает', in: 'Охвачено' },
		produced: { out: 'Подготовил', in: 'Подготовлен' },
		succeeds: { out: 'Преемник', in: 'Предшественник для' },
		part_of: { out: 'Часть', in: 'Составные части' },
		linked_to: { out: 'Связан с', in: 'Связаны с ним' }
	}
};

export const EVENT_KIND_NAMES: Record<Locale, Record<EventKind, string>> = {
	en: {
		ministerial_conference: 'Ministerial Conference',
		senior_officials_meeting: "Senior Officials' Meeting",
		core_group_meeting: 'Core Group meeting',
		strategic_group_meeting: 'Strategic Group meeting',
		adoption: 'Adoption',
		project_start: 'Project start',
		project_end: 'Project end',
		project_meeting: 'Project meeting',
		leadership_change: 'Leadership change',
		membership_change: 'Membership change',
		publication: 'Publication',
		review: 'Review',
		other: 'Event'
	},
	ru: {
		ministerial_conference: 'Министерская конференция',
		senior_officials_meeting: 'Совещание старших должностных лиц',
		core_group_meeting: 'Заседание Основной группы',
		strategic_group_meeting: 'Заседание Стратегической группы',
		adoption: 'Принятие',
		project_start: 'Начало проекта',
		project_end: 'Завершение проекта',
		project_meeting: 'Мероприятие проекта',
		leadership_change: 'Смена руководства',
		membership_change: 'Изменение состава',
		publication: 'Публикация',
		review: 'Обзор',
		other: 'Событие'
	}
};

export const STATUS_KEYS: Record<Status, Key> = {
	active: 'status.active',
	not_invited: 'status.not_invited',
	ended: 'status.ended'
};

const CATALOGUE: Record<Locale, Messages> = { en, ru };

export type Translate = (key: Key, params?: Record<string, string | number>) => string;

/** A translator for a locale; `{name}` placeholders take the params' values. */
export function translator(locale: Locale): Translate {
	const messages = CATALOGUE[locale];
	return (key, params) =>
		messages[key].replace(/\{(\w+)\}/g, (m, name: string) =>
			params && name in params ? String(params[name]) : m
		);
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
