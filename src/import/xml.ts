// import/xml: the XML both GEXF and GraphML are written in, parsed with xmldom, the first error stopping the
// parse; and the walks the readers use, iterative and only one level deep, so nesting cannot overflow the stack.
import { DOMParser, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import { clip, ForeignReadError } from './builder';
import { plainXmlError } from './xml-error';

export function parseXml(text: string, format: 'GEXF' | 'GraphML'): Element {
  let first: string | undefined;
  const tidy = (m: string) =>
    clip(
      m
        .split('\n')[0]!
        .replace(/^\[xmldom \w+\]\s*/, '')
        .replace(/^Error constructing the DOM: /, ''),
    );
  let doc;
  try {
    doc = new DOMParser({
      // The first error stops the parse (a file of undefined entities once printed 2 million lines).
      onError: (level, message, context: { locator?: { lineNumber?: number; columnNumber?: number } } | undefined) => {
        if (level === 'warning') return;
        first ??= plainXmlError(text, tidy(message), context?.locator);
        throw new ForeignReadError(`not well-formed XML: ${first}`);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    // xmldom wraps what onError throws, and throws its own fatal errors: report the XML error itself.
    throw new ForeignReadError(`not well-formed XML: ${first ?? plainXmlError(text, tidy((e as Error).message))}`);
  }
  const root = doc.documentElement;
  const expected = format === 'GEXF' ? 'gexf' : 'graphml';
  if (!root || root.localName !== expected)
    throw new ForeignReadError(`the root element is <${root?.localName ?? 'none'}>, not <${expected}>`);
  return root;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
/** The element children of `parent` named `name` (local name, any namespace), without recursion. */
export function children(parent: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let c: XmlNode | null = parent.firstChild; c; c = c.nextSibling)
    if (c.nodeType === ELEMENT_NODE && (name === '*' || (c as Element).localName === name)) out.push(c as Element);
  return out;
}
export const child = (parent: Element, name: string): Element | undefined => children(parent, name)[0];
/** The text directly inside an element (not its descendants'): no recursion into hostile nesting. */
export function ownText(e: Element): string {
  let s = '';
  for (let c: XmlNode | null = e.firstChild; c; c = c.nextSibling)
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_NODE) s += c.nodeValue ?? '';
  return s;
}
export const attr = (e: Element, name: string): string | undefined => (e.hasAttribute(name) ? e.getAttribute(name)! : undefined);

export function typedValue(type: string | undefined, value: string): unknown {
  switch (type) {
    case 'integer':
    case 'long':
    case 'int':
    case 'float':
    case 'double': {
      const n = Number(value);
      return Number.isFinite(n) ? n : value;
    }
    case 'boolean':
      return value === 'true' || value === '1';
    default:
      return value;
  }
}
