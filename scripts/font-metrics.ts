// Writes src/figure/dejavu-metrics.json (npm run font-metrics): the advance width of every character DejaVu
// Sans (regular and bold) draws in the Basic Multilingual Plane, read from the font files the PDF embeds and
// the PNG renderer loads, so the figure composer measures text with the real metrics in any runtime.
import { writeFile } from 'node:fs/promises';
import { fontMetricsJson } from './font-metrics-lib';

await writeFile(new URL('../src/figure/dejavu-metrics.json', import.meta.url), fontMetricsJson());
console.log('wrote src/figure/dejavu-metrics.json');
