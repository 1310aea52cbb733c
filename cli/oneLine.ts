/** Printable text on one line: control characters (a label value's escape codes too) and line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
