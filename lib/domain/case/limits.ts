/**
 * The largest figures the service accepts. Far beyond any real ICT contract or service, but finite and small enough
 * that every total, footprint and JSON number stays a plain finite number: 1e308 kWh would overflow to Infinity,
 * which JSON writes as null. The forms and the engine's input schema share these.
 */
export const inputLimits = {
  /** Pounds a year: £100 billion. */
  annualContractValue: 100_000_000_000,
  /** tCO2e in one emissions figure: 1 gigatonne, several times the UK's yearly emissions. */
  tonnesCO2e: 1_000_000_000,
  /** Electricity in one hosting figure, kWh a year: 10 TWh, more than the UK's data centres use. */
  kWhPerYear: 10_000_000_000,
  /** Electricity per device, kWh a year: 1 GWh. */
  kWhPerYearEachDevice: 1_000_000,
  /** Embodied carbon per device, kgCO2e: 1,000 tonnes. */
  kgCO2eEachDevice: 1_000_000,
  /** Devices in one line. */
  deviceCount: 100_000_000,
  /** Data transferred, GB a year: 1 zettabyte. */
  gbPerYear: 1_000_000_000_000,
  /** Users or transactions a year, for the footprint per functional unit: a trillion. */
  functionalUnitsPerYear: 1_000_000_000_000,
  /** Device lifetime, years. */
  lifetimeYears: 50,
  /** Any point of a scoring scale, a score, a minimum score or a divergence threshold, either side of zero. */
  scaleValue: 1_000_000,
} as const;
