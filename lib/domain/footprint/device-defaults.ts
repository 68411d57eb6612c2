import { bilingual as b, type Bilingual } from "../text";
import type { EmissionFactor } from "./factors";
import { licences } from "./licences";

/**
 * Default embodied carbon for common kinds of device, for a supplier that has no product carbon footprint to hand.
 * A default is only a starting point: the supplier's own figure always wins, and every line using one says so.
 *
 * Source: Boavizta, environmental-footprint-data, `boavizta-data-us.csv` at commit 61323eb (23 February 2023),
 * https://github.com/Boavizta/environmental-footprint-data — manufacturers' product carbon footprints (PCFs).
 * Licence: the database under the Open Database License 1.0, its contents under the Database Contents License 1.0
 * (the repository's README); this table, derived from it, is offered under ODbL 1.0 likewise.
 * Method: for each row of the subcategory that gives both `gwp_total` and `gwp_use_ratio`, embodied carbon =
 * gwp_total × (1 − gwp_use_ratio), that is manufacturing, transport and end of life; the default is the median of
 * those rows, rounded half up to the kilogram. Rows counted: Laptop 422 (median 241.203), Desktop 254 (300.955),
 * Monitor 257 (357.445), Smartphone 50 (55.505), Tablet 22 (74.418), Thin Client and Thin client 16 (47.64),
 * Server with server_type Rack 27 (1,258.32).
 * Boavizta warns that manufacturers' PCFs have wide margins of error and are best used for orders of magnitude.
 * The data set has no data-centre network switches (only four home Wi-Fi routers), so no default is offered for
 * network equipment: its supplier gives its own figure.
 */
export const deviceModels = ["laptop", "desktop", "monitor", "smartphone", "tablet", "thin-client", "rack-server"] as const;
export type DeviceModel = (typeof deviceModels)[number];

export type DeviceDefault = {
  readonly model: DeviceModel;
  /** The kind of device a line with this model is. */
  readonly kind: "end-user" | "server";
  readonly name: Bilingual;
  /** How many manufacturers' footprints the median is taken over. */
  readonly products: number;
  readonly factor: EmissionFactor;
};

const source = b(
  "Boavizta, environmental-footprint-data (manufacturers' product carbon footprints), February 2023",
  "Boavizta, environmental-footprint-data (olion traed carbon cynhyrchion gan weithgynhyrchwyr), Chwefror 2023",
);
const attribution = b(
  "Contains information from Boavizta's environmental-footprint-data, which is made available under the Open Database License (ODbL) 1.0.",
  "Yn cynnwys gwybodaeth o environmental-footprint-data Boavizta, sydd ar gael o dan y Drwydded Cronfa Ddata Agored (ODbL) 1.0.",
);

function embodiedDefault(model: DeviceModel, kind: DeviceDefault["kind"], name: Bilingual, kgCO2eEach: number, products: number): DeviceDefault {
  return Object.freeze({
    model,
    kind,
    name,
    products,
    factor: Object.freeze({
      id: `boavizta-2023.${model}`,
      label: b(`Default embodied carbon, ${name.en}`, `Carbon ymgorfforedig rhagosodedig, ${name.cy}`),
      value: kgCO2eEach,
      unit: "kgCO2e/device",
      year: 2023,
      source,
      url: "https://github.com/Boavizta/environmental-footprint-data",
      licence: licences.odbl1,
      attribution,
      note: b(
        `Median of ${products} manufacturers' footprints for a ${name.en}: manufacturing, transport and end of life. A default the supplier can replace with its own figure.`,
        `Canolrif ${products} ôl troed gan weithgynhyrchwyr ar gyfer ${name.cy}: gweithgynhyrchu, cludo a diwedd oes. Rhagosodiad y gall y cyflenwr roi ei ffigur ei hun yn ei le.`,
      ),
    }),
  });
}

export const deviceEmbodiedDefaults: Readonly<Record<DeviceModel, DeviceDefault>> = Object.freeze({
  laptop: embodiedDefault("laptop", "end-user", b("laptop", "gliniadur"), 241, 422),
  desktop: embodiedDefault("desktop", "end-user", b("desktop computer", "cyfrifiadur bwrdd gwaith"), 301, 254),
  monitor: embodiedDefault("monitor", "end-user", b("monitor", "monitor"), 357, 257),
  smartphone: embodiedDefault("smartphone", "end-user", b("smartphone", "ffôn clyfar"), 56, 50),
  tablet: embodiedDefault("tablet", "end-user", b("tablet", "llechen"), 74, 22),
  "thin-client": embodiedDefault("thin-client", "end-user", b("thin client", "cleient tenau"), 48, 16),
  "rack-server": embodiedDefault("rack-server", "server", b("rack server", "gweinydd rac"), 1258, 27),
});
