// Keeping something in sight inside one scrolling box, without moving the page around it.

/**
 * Scrolls `box` (and only `box`) so that `element`, one of its descendants, is fully in view below
 * the first `topInset` px of the box (where sticky headings sit); does nothing when it already is.
 */
export function revealWithin(box: HTMLElement, element: Element, topInset = 0) {
	const outer = box.getBoundingClientRect();
	const inner = element.getBoundingClientRect();
	const top = outer.top + topInset;
	if (inner.top < top) box.scrollTop -= top - inner.top;
	else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom;
}
