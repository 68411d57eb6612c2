// Runs before each unit test file: every fast-check property uses the run's seed (see fast-check-seed.ts), and
// FC_NUM_RUNS, when set, searches harder than fast-check's 100 cases per property.
import fc from "fast-check";
import { inject } from "vitest";
import "./fast-check-seed";

const numRuns = Number(process.env.FC_NUM_RUNS) || undefined;
fc.configureGlobal({ seed: inject("fcSeed"), ...(numRuns ? { numRuns } : {}) });
