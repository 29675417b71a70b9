// Messages of the panels' question tools (connections, depth, how the view is drawn, comparing),
// in both languages: loaded with the panels, after the first frame, not with the page.
import type { Locale, Message } from './messages';

const en = {
	'encoding.title': 'Size and colour of the nodes',
	'encoding.size': 'Size by',
	'encoding.colour': 'Colour by',
	'encoding.colour.region': 'region',
	'encoding.colour.type': 'node type',
	'encoding.colour.community': 'community (Louvain)',
	'encoding.tooLarge': 'Too many nodes shown for this choice: narrow the view with the filters.',
	'table.metric.betweenness': 'Betweenness',
	'table.metric.projects': 'Projects',
	'table.metric.events': 'Events',
	'table.metric.degree': 'Connections',
	'view.title': 'How the view is drawn',
	'layout.title': 'Layout',
	'layout.network': 'network',
	'layout.map': 'map (states at their capitals)',
	'compare.title': 'What changed',
	'compare.with': 'Compare with',
	'compare.none': 'nothing',
	'compare.appeared': 'Since {date}: {list}.',
	'compare.nothing': 'nothing new',
	'compare.ended': 'Ended since (drawn faint): {list}.',
	'compare.edges': 'Relations: +{appeared} new (in green), −{ended} ended.',
	'compare.type.state': { one: '{count} state', other: '{count} states' },
	'compare.type.region': { one: '{count} region', other: '{count} regions' },
	'compare.type.body': { one: '{count} body', other: '{count} bodies' },
	'compare.type.document': { one: '{count} document', other: '{count} documents' },
	'compare.type.thematic_area': { one: '{count} thematic area', other: '{count} thematic areas' },
	'compare.type.project': { one: '{count} project', other: '{count} projects' },
	'compare.type.other': { one: '{count} other node', other: '{count} other nodes' },
	'depth.title': 'Light up around it:',
	'depth.hops': { one: '{count} hop', other: '{count} hops' },
	'path.title': 'Connection',
	'path.to': 'Connection to…',
	'path.show': 'Show',
	'path.clear': 'Clear',
	'path.noSuchNode': 'No node called “{name}” is shown now: choose one of the list.',
	'path.found': {
		one: '{count} shortest path between {a} and {b}, {steps}:',
		other: '{count} shortest paths between {a} and {b}, {steps} each:'
	},
	'path.steps': { one: '{count} step', other: '{count} steps' },
	'path.listed': 'The first {shown} are listed.',
	'path.notConnected':
		'{a} and {b} are not connected in the current view (the filters and the period apply).',
	'path.notShown': 'Not shown in the current view: {name}.',
	'path.pathLabel': 'Path {number}'
};

export type PanelKey = keyof typeof en;

const ru: Record<PanelKey, Message> = {
	'encoding.title': 'Размер и цвет узлов',
	'encoding.size': 'Размер по',
	'encoding.colour': 'Цвет по',
	'encoding.colour.region': 'региону',
	'encoding.colour.type': 'типу узла',
	'encoding.colour.community': 'сообществу (Лувен)',
	'encoding.tooLarge': 'Для этого выбора показано слишком много узлов: сузьте вид фильтрами.',
	'table.metric.betweenness': 'Посредничество',
	'table.metric.projects': 'Проекты',
	'table.metric.events': 'События',
	'table.metric.degree': 'Связи',
	'view.title': 'Как нарисован вид',
	'layout.title': 'Раскладка',
	'layout.network': 'сеть',
	'layout.map': 'карта (государства в столицах)',
	'compare.title': 'Что изменилось',
	'compare.with': 'Сравнить с',
	'compare.none': 'ничем',
	'compare.appeared': 'С {date}: {list}.',
	'compare.nothing': 'ничего нового',
	'compare.ended': 'Прекратились (показаны бледно): {list}.',
	'compare.edges': 'Связи: +{appeared} новых (зелёным), −{ended} прекратились.',
	'compare.type.state': {
		one: '{count} государство',
		few: '{count} государства',
		many: '{count} государств',
		other: '{count} государства'
	},
	'compare.type.region': {
		one: '{count} регион',
		few: '{count} региона',
		many: '{count} регионов',
		other: '{count} региона'
	},
	'compare.type.body': {
		one: '{count} орган',
		few: '{count} органа',
		many: '{count} органов',
		other: '{count} органа'
	},
	'compare.type.document': {
		one: '{count} документ',
		few: '{count} документа',
		many: '{count} документов',
		other: '{count} документа'
	},
	'compare.type.thematic_area': {
		one: '{count} тематическое направление',
		few: '{count} тематических направления',
		many: '{count} тематических направлений',
		other: '{count} тематического направления'
	},
	'compare.type.project': {
		one: '{count} проект',
		few: '{count} проекта',
		many: '{count} проектов',
		other: '{count} проекта'
	},
	'compare.type.other': {
		one: '{count} другой узел',
		few: '{count} других узла',
		many: '{count} других узлов',
		other: '{count} другого узла'
	},
	'depth.title': 'Подсветить вокруг:',
	'depth.hops': {
		one: '{count} шаг',
		few: '{count} шага',
		many: '{count} шагов',
		other: '{count} шага'
	},
	'path.title': 'Связь между узлами',
	'path.to': 'Связь с…',
	'path.show': 'Показать',
	'path.clear': 'Сбросить',
	'path.noSuchNode': 'Узел «{name}» сейчас не показан: выберите узел из списка.',
	'path.found': {
		one: '{count} кратчайший путь между {a} и {b}, {steps}:',
		few: '{count} кратчайших пути между {a} и {b}, {steps} в каждом:',
		many: '{count} кратчайших путей между {a} и {b}, {steps} в каждом:',
		other: '{count} кратчайшего пути между {a} и {b}, {steps} в каждом:'
	},
	'path.steps': {
		one: '{count} шаг',
		few: '{count} шага',
		many: '{count} шагов',
		other: '{count} шага'
	},
	'path.listed': 'Показаны первые {shown}.',
	'path.notConnected': '{a} и {b} не связаны в текущем виде (учитываются фильтры и период).',
	'path.notShown': 'Не показаны в текущем виде: {name}.',
	'path.pathLabel': 'Путь {number}'
};

export const PANEL_MESSAGES: Record<Locale, Record<PanelKey, Message>> = { en, ru };
