// model/build: a graphology multigraph from a parsed graph document (nodes keep their parsed attributes).
import { MultiDirectedGraph } from 'graphology';
import type { GraphDocument } from '../schema/document';
import { edgeId, type GraphEdge } from '../schema/edges';
import type { GraphNode } from '../schema/nodes';

export type AtlasGraph = MultiDirectedGraph<GraphNode, GraphEdge>;

/** Builds the graph. The document must come from import/load (or schema/read) (ids unique, endpoints present). */
export function buildGraph(doc: GraphDocument): AtlasGraph {
  const graph: AtlasGraph = new MultiDirectedGraph<GraphNode, GraphEdge>({ allowSelfLoops: false });
  for (const node of doc.nodes) graph.addNode(node.id, node);
  for (const edge of doc.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target))
      throw new Error(`model/build: edge "${edgeId(edge)}" names a node that is not in the document`);
    graph.addEdgeWithKey(edgeId(edge), edge.source, edge.target, edge);
  }
  return graph;
}

/** The node's attributes, or a typed error naming the module. */
export function nodeOf(graph: AtlasGraph, id: string, where = 'model'): GraphNode {
  if (!graph.hasNode(id)) throw new Error(`${where}: unknown node "${id}"`);
  return graph.getNodeAttributes(id);
}
