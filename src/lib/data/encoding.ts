// The bytes of a CSV file as text: UTF-8 only (with or without a byte-order mark). A file saved in
// another encoding is refused with what to do, rather than read with its letters replaced.
import { SAVE_AS, UTF16 } from './csv';
import type { Problem } from './types';

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		// The lead byte gives the length and the range of the second byte (no overlongs, no
		// surrogates, nothing above U+10FFFF), as the Unicode standard's table 3-7 does.
		let length: number;
		let [lo, hi] = [0x80, 0xbf];
		if (b >= 0xc2 && b <= 0xdf) length = 2;
		else if (b >= 0xe0 && b <= 0xef) {
			length = 3;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			length = 4;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return i;
		for (let k = 1; k < length; k++) {
			const c = bytes[i + k];
			if (c === undefined) return i;
			if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
		}
		i += length;
	}
	return -1;
}

export function decodeCsvBytes(
	bytes: Uint8Array,
	file: string
): { text: string; problem: null } | { text: null; problem: Problem } {
	const refuse = (row: number | null, message: string) => ({
		text: null,
		problem: { file, row, column: null, message }
	});
	const [b0, b1] = bytes;
	// A UTF-16 byte-order mark, or the NULs that UTF-16 puts beside ASCII characters.
	if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || bytes.includes(0))
		return refuse(null, UTF16);
	const start = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const body = bytes.subarray(start);
	const bad = firstInvalidUtf8(body);
	if (bad >= 0) {
		let row = 1;
		for (let i = 0; i < bad; i++) if (body[i] === 0x0a) row++;
		const byte = body[bad]!.toString(16).toUpperCase().padStart(2, '0');
		return refuse(row, `is not UTF-8 (byte 0x${byte}): ${SAVE_AS}`);
	}
	return { text: new TextDecoder('utf-8').decode(body), problem: null };
}
