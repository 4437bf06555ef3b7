/**
 * The server's completion opens on `:` and `,` (its trigger characters), but the user's next
 * keystroke is nearly always a space, which closes the list before any id is shown. The
 * extension asks for completion again when that space is typed: a pure decision here, the
 * editor call in extension.ts.
 */
export function retriggersCompletion(lineBeforeCursor: string, inserted: string): boolean {
  if (inserted !== ' ' || !/[:,] $/.test(lineBeforeCursor)) return false;
  // Not inside a string or after a comment: there is nothing to complete there.
  const quotes = (lineBeforeCursor.match(/"/g) ?? []).length;
  return quotes % 2 === 0 && !lineBeforeCursor.includes('//');
}
