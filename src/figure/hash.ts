// figure/hash: a SHA-256 of the graph document, so a figure names the exact data it was drawn from.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { GraphDocument } from '../schema/document';

/** JSON with object keys sorted, so the hash does not depend on key order in the files. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export const documentHash = (doc: Pick<GraphDocument, 'nodes' | 'edges'>): string =>
  `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson({ nodes: doc.nodes, edges: doc.edges }))))}`;
