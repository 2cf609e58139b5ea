import { describe, expect, it } from 'vitest';
import { referencesOf, tex, toBibtex, toCsv, toCytoscapeJson, toGexf, toGraphml, toLatexTable } from '../../../src/export';
import { flatNode } from '../../../src/export/flat';
import { defaultView } from '../../../src/view/spec';
import { visibleElements } from '../../../src/view/visible';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();
const all = visibleElements(g, defaultView());
const withRefs = {
  nodes: new Set([...all.nodes, 'ref-taori2023-alpaca']),
  edges: new Set([...all.edges, 'alpaca|described-in|ref-taori2023-alpaca']),
};
const hh = visibleElements(g, { ...defaultView(), filter: { era: 'all', facets: { pairingGroup: ['H-H'] } } });

describe('export/flat', () => {
  it('flattens a dataset to primitive columns, leaving out what is unknown', () => {
    expect(flatNode(g.getNodeAttributes('alpaca'))).toEqual({
      label: 'Alpaca',
      kind: 'dataset',
      purpose: 'demonstration',
      modality: 'text',
      generation: 'instructgpt',
      license: 'CC-BY-NC-4.0',
      languages: 'en',
      construction_method: 'generated',
      pairing_group: 'M-M',
      released: '2023-03-13',
      sources: 'survey Table 1',
    });
  });
});

describe('export/formats', () => {
  it('exports only what the view shows', () => {
    expect(toGraphml(g, hh).match(/<node /g)).toHaveLength(3);
    expect(toCsv(g, hh).nodes.trim().split('\r\n')).toHaveLength(4);
  });
  it('GEXF declares typed attributes and positions', () => {
    const gexf = toGexf(g, all, { alpaca: { x: 10, y: 20 } });
    expect(gexf).toMatch(/<gexf version="1.3" xmlns="http:\/\/gexf.net\/1.3"/);
    expect(gexf).toContain('<attribute id="license" title="license" type="string"/>');
    expect(gexf).toMatch(/<node id="alpaca" label="Alpaca">[\s\S]*?<viz:position x="10" y="-20"/);
  });
  it('GraphML declares each column once and escapes text', () => {
    const graphml = toGraphml(g, all);
    expect(graphml.match(/attr.name="kind" attr.type="string"/g)).toHaveLength(2); // node and edge
    expect(graphml).toContain('edgedefault="directed"');
  });
  it('CSV quotes cells with commas and quotes, and ends lines with CRLF', () => {
    const { nodes, edges } = toCsv(g, all);
    expect(nodes.startsWith('id,label,kind,')).toBe(true);
    expect(nodes).toContain('\r\n');
    expect(edges.split('\r\n')[0]).toBe('source,target,kind,role,note,disputed,sources');
    expect(edges).toContain('alpaca,text-davinci-003,generated-by,responses');
  });
  it('Cytoscape.js JSON has elements with data and positions', () => {
    const cy = JSON.parse(toCytoscapeJson(g, all, { alpaca: { x: 1, y: 2 } }));
    expect(cy.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'alpaca')).toMatchObject({
      data: { name: 'Alpaca' },
      position: { x: 1, y: 2 },
    });
    expect(cy.elements.edges).toHaveLength(all.edges.size);
  });
  it('BibTeX has the references behind the datasets shown, once each', () => {
    expect(referencesOf(g, ['alpaca', 'alpaca'])).toEqual(['ref-taori2023-alpaca']);
    expect(toBibtex(g, withRefs)).toBe('@misc{taori2023-alpaca,\n  title = {Alpaca},\n  year = {2023}\n}\n');
    expect(toBibtex(g, hh)).toBe('\n');
  });
  it('the LaTeX table is booktabs, escaped, by release date, with \\cite keys', () => {
    expect(tex('50% of A&B_c {x} ~^\\')).toBe('50\\% of A\\&B\\_c \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}');
    const table = toLatexTable(g, all);
    expect(table).toContain('\\toprule');
    expect(table).toContain('Alpaca~\\cite{taori2023-alpaca} & 2023-03 & InstructGPT & demonstration & text & generated & M-M \\\\');
    expect(table.indexOf('Self-Instruct')).toBeLessThan(table.indexOf('Alpaca~'));
  });
});
