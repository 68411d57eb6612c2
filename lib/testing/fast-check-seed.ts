// Property tests: one seed per test run, fixed in CI so a run can be repeated, random elsewhere so every local run
// explores new cases. The seed is printed; `FC_SEED=<seed> npx vitest run --project unit` replays a failure.
import type { TestProject } from "vitest/node";

/** The seed CI uses unless FC_SEED says otherwise. */
export const CI_SEED = 20261201;

declare module "vitest" {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

export function chooseSeed(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.FC_SEED?.trim();
  if (asked) {
    const seed = Number(asked);
    if (!Number.isInteger(seed) || seed < -(2 ** 31) || seed >= 2 ** 31) throw new Error(`FC_SEED must be a 32-bit integer, not "${asked}"`);
    return seed;
  }
  if (env.CI) return CI_SEED;
  return (Math.random() * 2 ** 32) | 0;
}

export default function setup(project: TestProject) {
  const seed = chooseSeed();
  const why = process.env.FC_SEED ? "from FC_SEED" : process.env.CI ? "fixed for CI" : "random";
  console.log(`fast-check seed ${seed} (${why}); replay with FC_SEED=${seed}`);
  project.provide("fcSeed", seed);
}
