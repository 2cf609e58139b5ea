// npm run validate-data: parse graph-data/, run the cross-checks, print counts, what still lacks a source,
// and the truth audit (undated survey datasets, secondary-only claims, shared aliases, disagreements by kind).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LICENCE_TERMS_FILE, loadGraphFolder } from '../main/node/graph-data';
import { auditLicences, computeLicences, formatLicenceAudit, LicenceTermsFile, termTable } from '../src/licences';
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

// The classification of licence terms (issue 13): valid, and every lineage free of cycles it would flow along.
const terms = LicenceTermsFile.safeParse(JSON.parse(await readFile(join(dir, LICENCE_TERMS_FILE), 'utf8')));
if (!terms.success) {
  console.error(`${LICENCE_TERMS_FILE} is invalid:\n${z.prettifyError(terms.error)}`);
  process.exit(1);
}
const table = termTable(terms.data);
console.log(formatLicenceAudit(auditLicences(result.document.nodes, table)));
const licences = computeLicences(result.document, table);
if (!licences.ok) {
  console.error(licences.message);
  process.exit(1);
}
