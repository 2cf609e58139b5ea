import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/figure/metrics';
import { fontMetricsJson, shapedWidthEms } from '../../../scripts/font-metrics-lib';

describe('figure/metrics', () => {
  it('is current: the table is what the script makes from the font files', () => {
    expect(readFileSync(new URL('../../../src/figure/dejavu-metrics.json', import.meta.url), 'utf8')).toBe(fontMetricsJson());
  });
  it('measures labels as fontkit shapes them with DejaVu Sans, erring wide only by the kerning it leaves out', () => {
    for (const label of ['Alpaca', 'Self-Instruct', 'Databricks-dolly-15k', 'WizardLM (Evol-Instruct)', 'Ω-Φ naïve façade'])
      expect(Math.abs(textWidth(label, 10) / (shapedWidthEms(label) * 10) - 1), label).toBeLessThan(0.02);
    // "AV" and "Te" kern tightly: never narrower than the shaped text, so a label never overruns its box
    const kerned = textWidth('AVeriTeC', 10) / (shapedWidthEms('AVeriTeC') * 10);
    expect(kerned).toBeGreaterThanOrEqual(1);
    expect(kerned).toBeLessThan(1.1);
    expect(textWidth('W', 10)).toBeGreaterThan(textWidth('i', 10) * 2);
  });
});
