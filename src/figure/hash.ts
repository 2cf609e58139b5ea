// figure/hash: a SHA-256 of the graph document, so a figure names the exact data it was drawn from.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../schema/canonical-json';
import type { GraphDocument } from '../schema/document';

export { canonicalJson };

export const documentHash = (doc: Pick<GraphDocument, 'nodes' | 'edges'>): string =>
  `sha256:${bytesToHex(sha256(utf8ToBytes(canonicalJson({ nodes: doc.nodes, edges: doc.edges }))))}`;
