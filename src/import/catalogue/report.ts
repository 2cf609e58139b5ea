// import/catalogue/report: what an import read, merged and left unresolved, for the CLI and the app.
import type { CatalogueIssue, DpcCollection } from './dpc';
import type { MatchBy } from './identity';

export type Proposal = { readonly name: string; readonly from: string; readonly candidates: readonly string[]; readonly reason: string };
export type ImportReport = {
  readonly filesRead: number;
  readonly entriesRead: number;
  readonly issues: readonly CatalogueIssue[];
  readonly nodesCreated: {
    readonly datasets: number;
    readonly collections: number;
    readonly models: number;
    readonly sources: number;
    readonly references: number;
  };
  readonly mergedWithSurvey: readonly { readonly entry: string; readonly id: string; readonly by: MatchBy }[];
  readonly derivedFrom: { readonly names: number; readonly resolved: number; readonly freeText: number };
  readonly proposed: readonly Proposal[];
  readonly unknownLanguages: readonly string[];
  readonly cyclesBroken: readonly string[];
};

export type CatalogueInput = {
  readonly title: string;
  readonly collections: readonly DpcCollection[];
  readonly issues: readonly CatalogueIssue[];
  readonly filesRead: number;
};
