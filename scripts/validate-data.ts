// npm run validate-data: parse graph-data/, run the cross-checks, print counts and what still lacks a source.
import { fileURLToPath } from 'node:url';
import { loadGraphFolder } from '../main/node/graph-data';
import { formatIssue } from '../src/schema';
import { dataReport, formatDataReport } from '../src/queries/report';

const dir = process.argv[2] ?? fileURLToPath(new URL('../graph-data', import.meta.url));
const result = await loadGraphFolder(dir);
if (!result.ok) {
  console.error(`graph-data is invalid (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
console.log(formatDataReport(dataReport(result.document)));
