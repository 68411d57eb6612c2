// Runs before each unit test file: every fast-check property uses the run's seed (see fast-check-seed.ts).
import fc from "fast-check";
import { inject } from "vitest";
import "./fast-check-seed";

fc.configureGlobal({ seed: inject("fcSeed") });
