// import/xml-error: where a malformed XML file goes wrong, said as a person can act on it. xmldom reports some
// malformed input as its own JavaScript error (an end tag after the root element was closed gives "element parse
// error: TypeError: Cannot read properties of null"); such a report is replaced by fast-xml-parser's validator's
// account of the first error, which names the element, the line and the column.
import { XMLValidator } from 'fast-xml-parser';

/** A parser's report that is a JavaScript error of the parser, not a description of the file. */
export const isParserDefect = (message: string): boolean =>
  /element parse error: |\b(?:Type|Range|Reference|Syntax)Error\b|Cannot read propert|is not a function|is (?:null|undefined)\b/.test(
    message,
  );

/** The first well-formedness error of `text`, naming the element, line and column; undefined where none is found. */
export function firstXmlError(text: string): string | undefined {
  let r: ReturnType<typeof XMLValidator.validate>;
  try {
    r = XMLValidator.validate(text, { allowBooleanAttributes: true });
  } catch {
    return undefined;
  }
  if (r === true) return undefined;
  const what = r.err.msg.replace(/\.$/, '');
  return isParserDefect(what) ? undefined : `${what} at line ${r.err.line}, column ${r.err.col}`;
}

/** xmldom's message where it describes the file, else the validator's, else a plain account of where xmldom stopped. */
export function plainXmlError(text: string, message: string, at?: { lineNumber?: number; columnNumber?: number }): string {
  if (!isParserDefect(message)) return message;
  const where = at?.lineNumber ? ` after line ${at.lineNumber}, column ${at.columnNumber ?? 1}` : '';
  return firstXmlError(text) ?? `markup the XML reader cannot follow${where}`;
}
