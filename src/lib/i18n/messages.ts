// The one catalogue of UI strings. English is complete; Russian covers the same keys. Data labels
// are not here: they come from the dataset in both languages.
import type { PanelKey } from './messages-panels';
import type { PresentKey } from './messages-present';
import type { EventKind, NodeType, Region, Relation, Status } from '../data/types';

export const LOCALES = ['en', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

const en = {
	'app.title': 'Prague Process Network Explorer',
	'app.subtitle': 'States, bodies, documents, thematic areas and projects of the Prague Process',
	'app.invalidData': 'The dataset file {file} is invalid, so nothing of it is shown:',
	'lang.switch': 'Русский',
	'search.label': 'Find a node',
	'search.placeholder': 'Search states, bodies, projects…',
	'search.noResults': 'No match',
	'search.results': { one: '{count} suggestion', other: '{count} suggestions' },
	'network.label':
		'Network of the Prague Process (interactive canvas; the table “Visible nodes” lists the same nodes)',
	'network.zoomIn': 'Zoom in',
	'network.zoomOut': 'Zoom out',
	'network.fit': 'Fit what is shown',
	'network.noWebgl':
		'The network drawing needs WebGL, which this browser has turned off or does not support. Every node is still listed in the table “Visible nodes”, and selecting one there shows its details.',
	'network.renderFailed':
		'The network could not be drawn: {reason}. The table “Visible nodes” still lists every node.',
	'legend.title': 'Legend',
	'legend.states': 'States, by region',
	'legend.others': 'Other nodes',
	'legend.size': 'Size: number of connections',
	'table.caption': 'Visible nodes',
	'table.count': { one: '{count} node', other: '{count} nodes' },
	'table.more':
		'The first {shown} of {count} nodes are listed: use the filters or the search box to find the others.',
	'table.label': 'Name',
	'table.type': 'Type',
	'table.region': 'Region',
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
	'status.active': 'active',
	'status.not_invited': 'not invited since 2022',
	'status.ended': 'ended',
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
	// Questions about relationships (issue 12).
	'filters.relation': 'Relation',
	'filters.relationHelp':
		'Relation: with kinds ticked, only edges of those kinds are shown, and a node is shown when it passes the other filters and has at least one shown edge of a ticked kind to another node that passes them too. So “Thematic area: asylum” with “Relation: Leads” shows the projects on asylum, the states that lead them and the lead edges. The number beside a kind is how many nodes ticking it alone would show.',
	'encoding.size.degree': 'connections',
	'encoding.size.betweenness': 'betweenness (on shortest paths)',
	'encoding.size.projects': 'projects taken part in',
	'encoding.size.events': 'events of the period',
	'legend.sizeBy': 'Size: {metric}',
	'legend.community': 'Community {number}, around {hub} ({count})',
	'legend.communityRest': 'Other communities ({count})',
	'legend.communities': 'Communities',
	'legend.types': 'Node types',
	'filters.shown': {
		one: '{shown} of {count} node shown',
		other: '{shown} of {count} nodes shown'
	},
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
		'Arrow keys move by a month, Shift+arrow by a year, Home and End to the ends. Dragging snaps to whole months; hold Shift for days, Alt for whole years.',
	'network.zoomGroup': 'Zoom the network',
	'network.selectionText': {
		one: '{label} selected, with {count} connected node lit in the network',
		other: '{label} selected, with {count} connected nodes lit in the network'
	},
	'timeline.zoomGroup': 'Zoom the timeline',
	'events.caption': 'Events in the period',
	'events.count': { one: '{count} event', other: '{count} events' },
	'events.date': 'Date',
	'events.event': 'Event',
	'events.kind': 'Kind',
	'events.place': 'Place',
	'events.involves': 'Involves',
	'tabs.label': 'Lists',
	'tabs.nodes': 'Nodes ({count})',
	'tabs.events': 'Events ({count})',
	// Time that reads in years: the Year picker, Play by whole years, the items' list, the Period column
	'timeline.year': 'Year',
	'timeline.yearAll': 'All years',
	'timeline.yearOther': 'Another period',
	'timeline.yearText': 'Showing what was valid in {year}.',
	'timeline.items': 'Events, documents and projects on the timeline',
	'timeline.itemsHelp':
		'Left and right arrows: previous and next in the lane; up and down arrows: the lane above or below; Enter: select.',
	'timeline.outsidePeriod': 'outside the period',
	'timeline.hiddenByFilters': 'hidden by the filters',
	'table.period': 'Period',
	'link.copy': 'Copy link',
	'link.copied': 'Link copied',
	'link.copyFailed': 'Copy this link:',
	'notice.refused': 'The dataset file {file} was refused, so the bundled network is shown:',
	'notice.dismiss': 'Dismiss',
	// Link notices (issue 8): which link parameters were not used and why; plural forms by
	// Intl.PluralRules (English uses one/other, Russian one/few/many).
	'linkNotice.lead': {
		one: '{count} link parameter was not used: {list}.',
		other: '{count} link parameters were not used: {list}.'
	},
	'linkNotice.more': 'and {count} more',
	'linkNotice.unknown': 'unknown',
	'linkNotice.malformed': 'not valid',
	'linkNotice.unknownId': 'not in this dataset',
	'linkNotice.duplicate': 'given twice',
	'linkNotice.overridden': 'overridden by {by}',
	// The error page (issue 8): unknown paths of the static site.
	'error.notFound': 'Page not found',
	'error.other': 'This page could not be shown',
	'error.home': 'Open the Prague Process Network Explorer',
	// Offline use (the service worker's status in the header).
	'offline.ready': 'Ready offline',
	'offline.readyHelp':
		'The app, the network data and the stories are saved in this browser: they open and run without a connection.',
	'offline.offline': 'Offline',
	'offline.offlineHelp': 'No connection: running from the copy saved in this browser.',
	'offline.update': 'New version ready',
	'offline.updateHelp':
		'A new version has been downloaded. It is used once every window of the app has been closed, or now if you reload.',
	'offline.reload': 'Reload to update',
	// Export and open (issue 11)
	'io.export': 'Export',
	'io.export.label': 'Export the current view',
	'io.export.svg': 'Picture, SVG (vector)',
	'io.export.png1': 'Picture, PNG 1×',
	'io.export.png2': 'Picture, PNG 2×',
	'io.export.png4': 'Picture, PNG 4×',
	'io.export.csv': 'Data, CSV (4 files)',
	'io.export.gexf': 'Data, GEXF (Gephi)',
	'io.export.graphml': 'Data, GraphML (Cytoscape, yEd)',
	'io.export.json': 'Data, compiled JSON',
	'io.export.done': 'Exported: {files}',
	'io.export.failed': 'The export failed: {reason}',
	'io.frame.shown': '{shown} of {total} nodes shown',
	'io.frame.filters': 'Filters: {list}',
	'io.frame.noFilters': 'No filters',
	'io.frame.allTime': 'all time',
	'io.frame.period': 'period {from} – {to}',
	'io.frame.from': 'from {from}',
	'io.frame.to': 'until {to}',
	'io.frame.asOf': 'as of {date}',
	'io.frame.uncertainHidden': 'uncertain records hidden',
	'io.frame.data': 'Data: sources read up to {date}',
	'io.frame.dataFile': 'Data: {files}, opened {date}',
	'io.frame.source': 'Source: {app}, {count} cited sources ({publishers}). Exported {date}.',
	'io.frame.fileSource': 'Source: {files}{creator}. Exported {date} from the {app}.',
	'io.legend.fileColours': 'Colours as in the file',
	'io.legend.fileSizes': 'Size as in the file',
	'io.open': 'Open…',
	'io.open.label':
		'Open another network: the four CSV files together, or one GEXF, GraphML or JSON file',
	'io.open.drop': 'Drop the files here to open them',
	'io.open.reading': 'Opening {files}…',
	'io.open.refused': '{files} could not be opened, so the current network stays:',
	'io.open.opened': 'Opened {files}: {nodes} nodes, {edges} edges.',
	'io.open.mapped': 'Read from the file: {list}.',
	'io.open.defaulted': 'Given defaults: {list}.',
	'io.open.kept': 'Kept as they are: {list}.',
	'io.open.left': 'Left out: {list}.',
	'io.open.renamed': {
		one: '{count} id was rewritten to letters, digits and . _ -',
		other: '{count} ids were rewritten to letters, digits and . _ -'
	},
	'io.open.local':
		'Showing {files}, opened from your files. It is kept in this browser only: a link to this view cannot carry the file, and opens the Prague Process network elsewhere.',
	'io.open.back': 'Back to the Prague Process network',
	'io.open.notStored':
		'This browser could not keep the file: after a reload the Prague Process network is shown again.',
	'io.field.label': 'label',
	'io.field.type': 'type',
	'io.field.region': 'region',
	'io.field.status': 'status',
	'io.field.from': 'start date',
	'io.field.until': 'end date',
	'io.field.color': 'colour',
	'io.field.size': 'size',
	'io.field.position': 'position',
	'io.field.relation': 'relation',
	'io.mapped': '{field} ← {from}',
	'io.default.label': 'label = id ({count})',
	'io.default.type': 'type “Other” ({count})',
	'io.default.color': 'colour by type ({count})',
	'io.default.size': 'size by connections ({count})',
	'io.default.position': 'position by the layout ({count})',
	'io.default.relation': 'relation “Linked to” ({count})',
	'io.left.selfLoops': 'self-loops ({count})',
	'io.left.edgeAttribute': 'edge attribute {name} ({count})',
	'io.facets.title': 'Attributes of the file',
	// Layouts, keyboard and screen reader (issue 9): skip links, the filters drawer, the language button
	'lang.switchHint': 'switch the interface to Russian',
	'skip.label': 'Skip links',
	'skip.search': 'Skip to the search box',
	'skip.filters': 'Skip to the filters',
	'skip.network': 'Skip to the network',
	'skip.table': 'Skip to the list of nodes',
	'skip.details': 'Skip to the details',
	'skip.timeline': 'Skip to the timeline',
	'filters.open': 'Filters',
	'filters.inUse': { one: '{count} in use', other: '{count} in use' },
	'filters.done': 'Show the network',
	'header.more': 'More',
	'header.tools': 'Open, export, story, link and offline use',
	// Presenting (issue 10, phase 2): present mode, the presenter window, embedding, the story editor.
	'present.loading': 'Opening the story…',
	'present.failed': 'The story “{id}” could not be opened:',
	'present.toExplorer': 'Open the explorer',
	'presenter.title': 'Presenter window: {title}',
	'story.open': 'Story',
	'story.openLabel': 'Open the story editor: build a presentation from views of the explorer',
	'story.heading': 'Your story',
	'story.defaultTitle': 'My story',
	'story.newScene': 'Scene {number}'
};

/** A message that depends on a number: one text per plural category of the language. */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | Plural;

type CoreKey = keyof typeof en;
/**
 * Every message's key: the page's own, and those loaded later, with present mode
 * (messages-present.ts) and with the panels (messages-panels.ts).
 */
type Key = CoreKey | PresentKey | PanelKey;
export type Messages = Record<CoreKey, Message>;
/** Messages loaded later, added to a translator (`translator(locale, later)`). */
export type LaterMessages = Partial<Record<Key, Message>>;

const ru: Messages = {
	'app.title': 'Обозреватель сети Пражского процесса',
	'app.subtitle':
		'Государства, органы, документы, тематические направления и проекты Пражского процесса',
	'app.invalidData': 'Файл данных {file} содержит ошибки, поэтому ничего из него не показано:',
	'lang.switch': 'English',
	'search.label': 'Найти узел',
	'search.placeholder': 'Поиск государств, органов, проектов…',
	'search.noResults': 'Ничего не найдено',
	'search.results': {
		one: '{count} вариант',
		few: '{count} варианта',
		many: '{count} вариантов',
		other: '{count} варианта'
	},
	'network.label':
		'Сеть Пражского процесса (интерактивная схема; таблица «Видимые узлы» перечисляет те же узлы)',
	'network.zoomIn': 'Приблизить',
	'network.zoomOut': 'Отдалить',
	'network.fit': 'Вписать показанные узлы',
	'network.noWebgl':
		'Для схемы сети нужен WebGL, который в этом браузере отключён или не поддерживается. Все узлы перечислены в таблице «Видимые узлы»; выбор узла там показывает его данные.',
	'network.renderFailed':
		'Не удалось нарисовать сеть: {reason}. Таблица «Видимые узлы» по-прежнему перечисляет все узлы.',
	'legend.title': 'Условные обозначения',
	'legend.states': 'Государства по регионам',
	'legend.others': 'Другие узлы',
	'legend.size': 'Размер: число связей',
	'table.caption': 'Видимые узлы',
	'table.count': {
		one: '{count} узел',
		few: '{count} узла',
		many: '{count} узлов',
		other: '{count} узла'
	},
	'table.more':
		'Показаны первые {shown} из {count} узлов: найдите остальные с помощью фильтров или поиска.',
	'table.label': 'Название',
	'table.type': 'Тип',
	'table.region': 'Регион',
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
	'status.active': 'участвует',
	'status.not_invited': 'не приглашается с 2022 года',
	'status.ended': 'завершено',
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
	// Вопросы о связях (issue 12).
	'filters.relation': 'Связь',
	'filters.relationHelp':
		'Связь: если отмечены виды связей, показаны только связи этих видов, а узел показан, если он проходит остальные фильтры и имеет хотя бы одну показанную связь отмеченного вида с другим узлом, который тоже их проходит. Так «Тематическое направление: убежище» вместе со «Связь: Руководит» показывает проекты по убежищу, руководящие ими государства и связи руководства. Число рядом с видом: сколько узлов будет показано, если отметить только его.',
	'encoding.size.degree': 'числу связей',
	'encoding.size.betweenness': 'посредничеству (на кратчайших путях)',
	'encoding.size.projects': 'числу проектов',
	'encoding.size.events': 'числу событий периода',
	'legend.sizeBy': 'Размер: по {metric}',
	'legend.community': 'Сообщество {number}, вокруг: {hub} ({count})',
	'legend.communityRest': 'Прочие сообщества ({count})',
	'legend.communities': 'Сообщества',
	'legend.types': 'Типы узлов',
	'filters.shown': 'Показано узлов: {shown} из {count}',
	'timeline.title': 'Шкала времени',
	'timeline.lane.ministerial': 'Министерские конференции',
	'timeline.lane.som': 'Старшие должностные лица',
	'timeline.lane.groups': 'Основная / Стратег. группа',
	'timeline.lane.documents': 'Документы',
	'timeline.lane.projects': 'Проекты',
	'timeline.lane.other': 'Другие события',
	'timeline.period': 'Период',
	'timeline.allTime': 'Всё время: проведите по шкале, чтобы выбрать период.',
	'timeline.periodText': 'Показано то, что действовало с {from} по {to}',
	'timeline.asOfText': 'Сеть по состоянию на {date}',
	'timeline.clearPeriod': 'Всё время',
	'timeline.choosePeriod': 'Выбрать период',
	'timeline.play': 'Пуск',
	'timeline.pause': 'Пауза',
	'timeline.playLabel': 'Пуск: рост сети год за годом',
	'timeline.zoomIn': 'Приблизить шкалу',
	'timeline.zoomOut': 'Отдалить шкалу',
	'timeline.reset': 'Показать всю шкалу',
	'timeline.handleFrom': 'Начало периода',
	'timeline.handleTo': 'Конец периода',
	'timeline.handleHelp':
		'Стрелки сдвигают на месяц, Shift+стрелка — на год, Home и End — к краям. Перетаскивание округляет до целых месяцев; с Shift — до дней, с Alt — до целых лет.',
	'network.zoomGroup': 'Масштаб схемы',
	'network.selectionText': {
		one: 'Выбран узел «{label}»; на схеме выделен {count} связанный узел',
		few: 'Выбран узел «{label}»; на схеме выделено {count} связанных узла',
		many: 'Выбран узел «{label}»; на схеме выделено {count} связанных узлов',
		other: 'Выбран узел «{label}»; на схеме выделено {count} связанного узла'
	},
	'timeline.zoomGroup': 'Масштаб шкалы времени',
	'events.caption': 'События периода',
	'events.count': {
		one: '{count} событие',
		few: '{count} события',
		many: '{count} событий',
		other: '{count} события'
	},
	'events.date': 'Дата',
	'events.event': 'Событие',
	'events.kind': 'Вид',
	'events.place': 'Место',
	'events.involves': 'Участники',
	'tabs.label': 'Списки',
	'tabs.nodes': 'Узлы ({count})',
	'tabs.events': 'События ({count})',
	// Time that reads in years: the Year picker, Play by whole years, the items' list, the Period column
	'timeline.year': 'Год',
	'timeline.yearAll': 'Все годы',
	'timeline.yearOther': 'Другой период',
	'timeline.yearText': 'Показано то, что действовало в {year} году.',
	'timeline.items': 'События, документы и проекты на шкале времени',
	'timeline.itemsHelp':
		'Стрелки влево и вправо: предыдущий и следующий элемент дорожки; вверх и вниз: дорожка выше или ниже; Enter: выбрать.',
	'timeline.outsidePeriod': 'вне периода',
	'timeline.hiddenByFilters': 'скрыто фильтрами',
	'table.period': 'Период',
	'link.copy': 'Копировать ссылку',
	'link.copied': 'Ссылка скопирована',
	'link.copyFailed': 'Скопируйте ссылку:',
	'notice.refused': 'Файл данных {file} отклонён, поэтому показана встроенная сеть:',
	'notice.dismiss': 'Закрыть',
	// Link notices (issue 8).
	'linkNotice.lead': {
		one: '{count} параметр ссылки не использован: {list}.',
		few: '{count} параметра ссылки не использованы: {list}.',
		many: '{count} параметров ссылки не использованы: {list}.',
		other: '{count} параметра ссылки не использованы: {list}.'
	},
	'linkNotice.more': 'и ещё {count}',
	'linkNotice.unknown': 'неизвестный параметр',
	'linkNotice.malformed': 'недопустимое значение',
	'linkNotice.unknownId': 'нет в этих данных',
	'linkNotice.duplicate': 'повтор',
	'linkNotice.overridden': 'заменён параметром {by}',
	// The error page (issue 8).
	'error.notFound': 'Страница не найдена',
	'error.other': 'Эту страницу не удалось показать',
	'error.home': 'Открыть обозреватель сети Пражского процесса',
	// Offline use (the service worker's status in the header).
	'offline.ready': 'Доступно офлайн',
	'offline.readyHelp':
		'Приложение, данные сети и истории сохранены в этом браузере: они открываются и работают без подключения.',
	'offline.offline': 'Нет сети',
	'offline.offlineHelp': 'Нет подключения: работает копия, сохранённая в этом браузере.',
	'offline.update': 'Готова новая версия',
	'offline.updateHelp':
		'Новая версия загружена. Она начнёт работать, когда все окна приложения будут закрыты, или сразу после перезагрузки.',
	'offline.reload': 'Перезагрузить и обновить',
	// Export and open (issue 11)
	'io.export': 'Экспорт',
	'io.export.label': 'Экспортировать текущий вид',
	'io.export.svg': 'Изображение, SVG (вектор)',
	'io.export.png1': 'Изображение, PNG 1×',
	'io.export.png2': 'Изображение, PNG 2×',
	'io.export.png4': 'Изображение, PNG 4×',
	'io.export.csv': 'Данные, CSV (4 файла)',
	'io.export.gexf': 'Данные, GEXF (Gephi)',
	'io.export.graphml': 'Данные, GraphML (Cytoscape, yEd)',
	'io.export.json': 'Данные, JSON',
	'io.export.done': 'Экспортировано: {files}',
	'io.export.failed': 'Экспорт не удался: {reason}',
	'io.frame.shown': 'Показано узлов: {shown} из {total}',
	'io.frame.filters': 'Фильтры: {list}',
	'io.frame.noFilters': 'Без фильтров',
	'io.frame.allTime': 'всё время',
	'io.frame.period': 'период {from} – {to}',
	'io.frame.from': 'с {from}',
	'io.frame.to': 'до {to}',
	'io.frame.asOf': 'на {date}',
	'io.frame.uncertainHidden': 'недостоверные записи скрыты',
	'io.frame.data': 'Данные: источники просмотрены по {date}',
	'io.frame.dataFile': 'Данные: {files}, открыт {date}',
	'io.frame.source':
		'Источник: {app}, источников в данных: {count} ({publishers}). Экспорт {date}.',
	'io.frame.fileSource': 'Источник: {files}{creator}. Экспорт {date} из приложения «{app}».',
	'io.legend.fileColours': 'Цвета из файла',
	'io.legend.fileSizes': 'Размер из файла',
	'io.open': 'Открыть…',
	'io.open.label':
		'Открыть другую сеть: четыре файла CSV вместе или один файл GEXF, GraphML или JSON',
	'io.open.drop': 'Отпустите файлы здесь, чтобы открыть их',
	'io.open.reading': 'Открываются {files}…',
	'io.open.refused': 'Не удалось открыть {files}, поэтому текущая сеть осталась:',
	'io.open.opened': 'Открыт {files}: узлов {nodes}, связей {edges}.',
	'io.open.mapped': 'Прочитано из файла: {list}.',
	'io.open.defaulted': 'Заданы значения по умолчанию: {list}.',
	'io.open.kept': 'Сохранены как есть: {list}.',
	'io.open.left': 'Не вошло: {list}.',
	'io.open.renamed': 'Идентификаторов переписано буквами, цифрами и . _ -: {count}',
	'io.open.local':
		'Показан {files}, открытый из ваших файлов. Он хранится только в этом браузере: ссылка на этот вид не может передать файл и в другом месте откроет сеть Пражского процесса.',
	'io.open.back': 'Вернуться к сети Пражского процесса',
	'io.open.notStored':
		'Браузер не смог сохранить файл: после перезагрузки снова будет показана сеть Пражского процесса.',
	'io.field.label': 'название',
	'io.field.type': 'тип',
	'io.field.region': 'регион',
	'io.field.status': 'статус',
	'io.field.from': 'дата начала',
	'io.field.until': 'дата окончания',
	'io.field.color': 'цвет',
	'io.field.size': 'размер',
	'io.field.position': 'положение',
	'io.field.relation': 'связь',
	'io.mapped': '{field} ← {from}',
	'io.default.label': 'название = идентификатор ({count})',
	'io.default.type': 'тип «Другое» ({count})',
	'io.default.color': 'цвет по типу ({count})',
	'io.default.size': 'размер по числу связей ({count})',
	'io.default.position': 'положение по раскладке ({count})',
	'io.default.relation': 'связь «Связан с» ({count})',
	'io.left.selfLoops': 'петли ({count})',
	'io.left.edgeAttribute': 'атрибут связей {name} ({count})',
	'io.facets.title': 'Атрибуты файла',
	// Layouts, keyboard and screen reader (issue 9): skip links, the filters drawer, the language button
	'lang.switchHint': 'переключить интерфейс на английский',
	'skip.label': 'Быстрые переходы',
	'skip.search': 'Перейти к поиску',
	'skip.filters': 'Перейти к фильтрам',
	'skip.network': 'Перейти к схеме сети',
	'skip.table': 'Перейти к списку узлов',
	'skip.details': 'Перейти к подробностям',
	'skip.timeline': 'Перейти к шкале времени',
	'filters.open': 'Фильтры',
	'filters.inUse': {
		one: 'используется {count}',
		few: 'используются {count}',
		many: 'используется {count}',
		other: 'используется {count}'
	},
	'filters.done': 'Показать сеть',
	'header.more': 'Ещё',
	'header.tools': 'Открыть, экспорт, история, ссылка и работа без сети',
	// Presenting (issue 10, phase 2).
	'present.loading': 'Открывается история…',
	'present.failed': 'Не удалось открыть историю «{id}»:',
	'present.toExplorer': 'Открыть обозреватель',
	'presenter.title': 'Окно докладчика: {title}',
	'story.open': 'История',
	'story.openLabel': 'Открыть редактор истории: презентация из видов обозревателя',
	'story.heading': 'Ваша история',
	'story.defaultTitle': 'Моя история',
	'story.newScene': 'Сцена {number}'
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

/** The BCP 47 tags of the interface languages, for Intl. */
export const TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/**
 * A translator for a locale: `{name}` placeholders take the params' values (numbers with the
 * language's digit grouping), and a plural message takes the form for `params.count`.
 */
export function translator(locale: Locale, later?: LaterMessages): Translate {
	const messages: LaterMessages = CATALOGUE[locale];
	const plural = new Intl.PluralRules(TAGS[locale]);
	const number = new Intl.NumberFormat(TAGS[locale]);
	return (key, params) => {
		// A key whose messages have not loaded yet shows as itself rather than breaking the page.
		const message = messages[key] ?? later?.[key] ?? key;
		const text =
			typeof message === 'string'
				? message
				: (message[plural.select(Number(params?.count ?? 0))] ?? message.other);
		return text.replace(/\{(\w+)\}/g, (m, name: string) => {
			if (!params || !(name in params)) return m;
			const value = params[name]!;
			return typeof value === 'number' ? number.format(value) : value;
		});
	};
}

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
