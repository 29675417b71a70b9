// The "Size by" and "Colour by" choices, apart from the code that computes them, so that the link
// codec and the store can name them without loading graphology-metrics or Louvain.
export const SIZE_METRICS = ['degree', 'betweenness', 'projects', 'events'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const COLOUR_BYS = ['region', 'type', 'community'] as const;
export type ColourBy = (typeof COLOUR_BYS)[number];
