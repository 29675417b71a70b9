// Projector labels: large, and never on top of each other.
import { describe, expect, it } from 'vitest';
import {
	labelAsPicked,
	labelBox,
	pickLabels,
	type LabelCandidate
} from '../../src/lib/graph/declutter';
import type { NodeDisplay } from '../../src/lib/graph/reducers';

const view = { fontSize: 24, width: 1280, height: 720 };
const at = (id: string, x: number, y: number, priority = 1, width = 120): LabelCandidate => ({
	id,
	x,
	y,
	radius: 6,
	width,
	priority
});

describe('picking labels for the projector', () => {
	it('keeps labels that stand apart', () => {
		expect(pickLabels([at('a', 100, 100), at('b', 100, 200), at('c', 500, 100)], view)).toEqual(
			new Set(['a', 'b', 'c'])
		);
	});

	it('of two labels that would overlap, keeps the more important one', () => {
		const picked = pickLabels([at('small', 100, 100, 1), at('big', 110, 110, 5)], view);
		expect(picked).toEqual(new Set(['big']));
	});

	it('no two picked labels overlap, however crowded', () => {
		const crowd = Array.from({ length: 60 }, (_, i) =>
			at(`n${i}`, 300 + ((i * 37) % 200), 200 + ((i * 53) % 150), i % 7)
		);
		const picked = [...pickLabels(crowd, view)].map((id) =>
			labelBox(
				crowd.find((c) => c.id === id)!,
				24
			)
		);
		expect(picked.length).toBeGreaterThan(3);
		for (let i = 0; i < picked.length; i++)
			for (let j = i + 1; j < picked.length; j++) {
				const [a, b] = [picked[i]!, picked[j]!];
				const apart =
					a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				expect(apart).toBe(true);
			}
	});

	it('leaves out labels outside the view', () => {
		expect(pickLabels([at('off', 2000, 100), at('on', 100, 100)], view)).toEqual(new Set(['on']));
	});

	it('draws picked labels for sure and the others not at all', () => {
		const picked = new Set(['a']);
		expect(labelAsPicked(picked, 'a', { label: 'A' } as NodeDisplay).forceLabel).toBe(true);
		expect(labelAsPicked(picked, 'b', { label: 'B' } as NodeDisplay).label).toBe('');
		expect(labelAsPicked(null, 'b', { label: 'B' } as NodeDisplay).label).toBe('B');
	});
});
