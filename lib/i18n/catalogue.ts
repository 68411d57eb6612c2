import cyContracts from "./messages/cy.contracts.json";
import cyLifecycle from "./messages/cy.lifecycle.json";
import cyScoring from "./messages/cy.scoring.json";
import cySummaries from "./messages/cy.summaries.json";
import cySupplier from "./messages/cy.supplier.json";
import cyNotifications from "./messages/cy.notifications.json";
import cy from "./messages/cy.json";
import enContracts from "./messages/en.contracts.json";
import enLifecycle from "./messages/en.lifecycle.json";
import enScoring from "./messages/en.scoring.json";
import enSummaries from "./messages/en.summaries.json";
import enSupplier from "./messages/en.supplier.json";
import enNotifications from "./messages/en.notifications.json";
import en from "./messages/en.json";
import type { Locale } from "./locales";

// Each language's catalogue is kept in a few files by journey (core, supplier, scoring, summaries, notifications, lifecycle, contracts) and read as one.

type Tree = { [key: string]: unknown };

export function mergeCatalogues(...parts: Tree[]): Tree {
  const merged: Tree = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = merged[key];
      merged[key] =
        existing && typeof existing === "object" && !Array.isArray(existing) && value && typeof value === "object" && !Array.isArray(value)
          ? mergeCatalogues(existing as Tree, value as Tree)
          : value;
    }
  }
  return merged;
}

export const catalogues: Record<Locale, Tree> = {
  en: mergeCatalogues(en, enSupplier, enScoring, enSummaries, enNotifications, enLifecycle, enContracts),
  cy: mergeCatalogues(cy, cySupplier, cyScoring, cySummaries, cyNotifications, cyLifecycle, cyContracts),
};
