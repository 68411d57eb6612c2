// CO2.js ships no types, and @types/tgwf__co2 lags the package; this is the one part of it the service reads.
declare module "@tgwf/co2/data" {
  /** Ember's yearly average grid intensity, gCO2e/kWh, keyed by ISO 3166-1 alpha-3 code (and a few aggregates: EU, WORLD). */
  export const averageIntensity: { readonly data: Readonly<Record<string, number>>; readonly type: "average" };
}
