import { roundNumber } from "./exact";

/**
 * A number as a message prints it: rounded half up to two decimals (or as many as asked), trailing zeros dropped,
 * so a mean of 7/3 reads "2.33" and 0.1 + 0.2 reads "0.3". English and Welsh both write the decimal point.
 */
export function formatNumber(value: number, decimals = 2): string {
  return String(roundNumber(value, decimals));
}

/** As formatNumber, with thousands grouped as English and Welsh write them: "23,345.5". */
export function formatGrouped(value: number, decimals = 2): string {
  const [whole, fraction] = formatNumber(value, decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
