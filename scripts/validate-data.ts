// npm run validate-data: parse graph-data/, run the cross-checks, print counts, what still lacks a source,
// and the truth audit (undated survey datasets, secondary-only claims, shared aliases, disagreements by kind).
import { fileURLToPath } from 'node:url';
import { loadGraphFolder } from '../main/node/graph-data';
import { auditGraph, formatAudit, formatIssue } from '../src/schema';
import { dataReport, formatDataReport } from '../src/queries/report';

const dir = process.argv[2] ?? fileURLToPath(new URL('../graph-data', import.meta.url));
const result = await loadGraphFolder(dir);
if (!result.ok) {
  console.error(`graph-data is invalid (${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}):`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
const audit = auditGraph(result.document);
console.log(formatDataReport(dataReport(result.document)));
console.log(formatAudit(audit));
// One name for two nodes is an error: search and citations could not tell them apart.
if (audit.sharedAliases.length > 0) {
  console.error(`graph-data has ${audit.sharedAliases.length} alias(es) naming two nodes (listed above)`);
  process.exit(1);
}
