/**
 * 1234567 -> "1,234,567". toLocaleString would do it, but its first call loads the locale data, which
 * stalled the opening of a note by about 15 ms.
 */
export function groupThousands(n: number): string {
	return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
