// Where the keyboard focus goes when what had it disappears or a link changes the panel.
import { tick } from 'svelte';

const FOCUSABLE =
	'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

type Target = string | (() => Element | null | undefined);

/** The element a target names: an id, or a function that finds it. */
function resolve(target: Target): HTMLElement | SVGElement | null {
	const element = typeof target === 'string' ? document.getElementById(target) : target();
	return element instanceof HTMLElement || element instanceof SVGElement ? element : null;
}

/**
 * Focuses the first target that exists and takes the focus, once Svelte has drawn the change that
 * made it (a new heading, a button that replaced another). True when one did.
 */
export async function focusAfterUpdate(...targets: Target[]): Promise<boolean> {
	await tick();
	for (const target of targets) {
		const element = resolve(target);
		if (!element || !element.isConnected) continue;
		element.focus();
		if (document.activeElement === element) return true;
	}
	return false;
}

/** The first control inside `container` that the Tab key would reach. */
export function firstFocusable(container: Element | null | undefined): HTMLElement | null {
	if (!container) return null;
	for (const element of container.querySelectorAll<HTMLElement>(FOCUSABLE)) {
		if (element.getClientRects().length > 0) return element;
	}
	return null;
}
