// How the canvas looks in each theme: the explorer's, and the projector's light and dark variants of
// high contrast (present mode). The reducers speak the explorer's colours; a theme translates them,
// and sigma gets the label size and colour from it. Node colours come from appearance.ts and are
// never redefined: on a dark background, a colour too dark to see is lightened, keeping its hue.
import { REGION_COLORS } from './appearance';
import { EDGE_COLOR } from './build';
import { contrastRatio, ensureContrast } from './colour';
import { DIMMED_EDGE, DIMMED_NODE, LIT_EDGE, type EdgeDisplay, type NodeDisplay } from './reducers';

export type CanvasThemeName = 'explorer' | 'projector-light' | 'projector-dark';

export interface CanvasTheme {
	name: CanvasThemeName;
	/** The canvas's background (the CSS of the layout paints it; fades mix towards it). */
	background: string;
	labelColor: string;
	/** Label size in CSS pixels: at least 24 on the projector (readable from the back of a hall). */
	labelSize: number;
	/** Sigma's label grid: larger labels need larger cells, or they overlap. */
	labelGridCellSize: number;
	/** Rendered node size under which a node's label is not drawn. */
	labelRenderedSizeThreshold: number;
	edge: string;
	dimmedNode: string;
	dimmedEdge: string;
	litEdge: string;
	/** Node colours below this contrast with the background are lightened or darkened to it (0: never). */
	minNodeContrast: number;
	/** Labels placed so that none covers another (declutter.ts), rather than by sigma's label grid. */
	declutter: boolean;
	/** Colours drawn in place of the explorer's, where lightening alone would not do. */
	nodeColours?: Readonly<Record<string, string>>;
}

export const EXPLORER_THEME: CanvasTheme = {
	name: 'explorer',
	background: '#ffffff',
	labelColor: '#1B1F24',
	labelSize: 15,
	labelGridCellSize: 120,
	labelRenderedSizeThreshold: 7,
	edge: EDGE_COLOR,
	dimmedNode: DIMMED_NODE,
	dimmedEdge: DIMMED_EDGE,
	litEdge: LIT_EDGE,
	minNodeContrast: 0,
	declutter: false
};

export const PROJECTOR_LIGHT_THEME: CanvasTheme = {
	name: 'projector-light',
	background: '#ffffff',
	labelColor: '#000000',
	labelSize: 24,
	labelGridCellSize: 220,
	labelRenderedSizeThreshold: 6,
	edge: '#9AA1AB',
	dimmedNode: '#E3E6EA',
	dimmedEdge: '#EEF0F3',
	litEdge: '#1B1F24',
	minNodeContrast: 0,
	declutter: true
};

export const PROJECTOR_DARK_THEME: CanvasTheme = {
	name: 'projector-dark',
	background: '#000000',
	labelColor: '#ffffff',
	labelSize: 24,
	labelGridCellSize: 220,
	labelRenderedSizeThreshold: 6,
	edge: '#59606B',
	dimmedNode: '#2A2E35',
	dimmedEdge: '#1A1D22',
	litEdge: '#E8EBEF',
	// Non-text graphics: WCAG's 3:1.
	minNodeContrast: 3,
	declutter: true,
	// Russia's dark red, lightened to 3:1 on black, comes out as a dull rose that deuteranopes
	// cannot tell from Eastern Partnership's green; a bright red keeps every pair apart.
	nodeColours: { [REGION_COLORS.russia]: '#E03050' }
};

export function projectorTheme(dark: boolean): CanvasTheme {
	return dark ? PROJECTOR_DARK_THEME : PROJECTOR_LIGHT_THEME;
}

/** The colour a node of colour `colour` is drawn in under `theme`. */
export function themedNodeColour(theme: CanvasTheme, colour: string): string {
	if (colour === DIMMED_NODE) return theme.dimmedNode;
	const replaced = theme.nodeColours?.[colour];
	if (replaced) return replaced;
	if (theme.minNodeContrast > 0 && contrastRatio(colour, theme.background) < theme.minNodeContrast)
		return ensureContrast(colour, theme.background, theme.minNodeContrast);
	return colour;
}

/** Paints what the reducers drew into a theme, in place as the reducers do. */
export interface CanvasPainter {
	readonly theme: CanvasTheme;
	node(data: NodeDisplay): NodeDisplay;
	edge(data: EdgeDisplay): EdgeDisplay;
}

/** A painter for `theme`; node colours are worked out once each (a refresh calls it for every node). */
export function canvasPainter(theme: CanvasTheme): CanvasPainter {
	const nodeColours = new Map<string, string>();
	const edgeColours: Record<string, string> = {
		[EDGE_COLOR]: theme.edge,
		[DIMMED_EDGE]: theme.dimmedEdge,
		[LIT_EDGE]: theme.litEdge
	};
	const plain = theme.name === 'explorer';
	return {
		theme,
		node(data) {
			if (plain || !data.color) return data;
			let colour = nodeColours.get(data.color);
			if (colour === undefined) {
				colour = themedNodeColour(theme, data.color);
				nodeColours.set(data.color, colour);
			}
			data.color = colour;
			return data;
		},
		edge(data) {
			// Edges without a colour of their own are drawn in the explorer's default edge colour.
			if (!plain) data.color = edgeColours[data.color ?? EDGE_COLOR] ?? data.color;
			return data;
		}
	};
}

/** What sigma hands a hover drawer: the node in viewport pixels, and its label settings. */
interface HoverData {
	x: number;
	y: number;
	size: number;
	label?: string | null;
}
interface HoverSettings {
	labelSize: number;
	labelFont: string;
	labelWeight: string;
}

/**
 * Sigma's drawing of a highlighted node (a box behind its label, joined to its disc), in the theme's
 * colours: sigma's own box is always white, which hides the dark theme's white label.
 */
export function themedHoverDrawer(theme: CanvasTheme) {
	return (context: CanvasRenderingContext2D, data: HoverData, settings: HoverSettings): void => {
		const size = settings.labelSize;
		const PADDING = 3;
		context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
		context.fillStyle = theme.background;
		context.strokeStyle = theme.labelColor;
		context.lineWidth = 2;
		const radius = Math.max(data.size, size / 2) + PADDING;
		context.beginPath();
		if (data.label) {
			const boxWidth = Math.round(context.measureText(data.label).width + 8);
			const boxHeight = Math.round(size + 2 * PADDING);
			const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
			const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
			context.moveTo(data.x + dx, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
			context.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
			context.lineTo(data.x + dx, data.y - boxHeight / 2);
			context.arc(data.x, data.y, radius, angle, -angle);
		} else context.arc(data.x, data.y, radius, 0, Math.PI * 2);
		context.closePath();
		context.fill();
		context.stroke();
		if (!data.label) return;
		context.fillStyle = theme.labelColor;
		context.fillText(data.label, data.x + data.size + 3, data.y + size / 3);
	};
}
