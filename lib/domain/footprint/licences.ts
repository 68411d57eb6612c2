import { bilingual as b, type Bilingual } from "../text";

/** A licence a factor or default is used under: its SPDX id, its name and where to read it. */
export type Licence = { readonly id: string; readonly name: Bilingual; readonly url: string };

export const licences = Object.freeze({
  ogl3: Object.freeze({
    id: "OGL-UK-3.0",
    name: b("Open Government Licence v3.0", "Trwydded Llywodraeth Agored v3.0"),
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  }),
  // CO2.js states this licence for the Ember averages it redistributes (README, "Licenses"), so we use it.
  ccBySa4: Object.freeze({
    id: "CC-BY-SA-4.0",
    name: b("Creative Commons Attribution-ShareAlike 4.0", "Creative Commons Priodoli-RhannuYnGyffelyb 4.0"),
    url: "https://creativecommons.org/licenses/by-sa/4.0/",
  }),
  apache2: Object.freeze({
    id: "Apache-2.0",
    name: b("Apache License 2.0", "Trwydded Apache 2.0"),
    url: "https://www.apache.org/licenses/LICENSE-2.0",
  }),
  // Boavizta's environmental-footprint-data README: the database under ODbL 1.0, its contents under DbCL 1.0.
  odbl1: Object.freeze({
    id: "ODbL-1.0",
    name: b("Open Data Commons Open Database License 1.0", "Trwydded Cronfa Ddata Agored Open Data Commons 1.0"),
    url: "https://opendatacommons.org/licenses/odbl/1-0/",
  }),
} satisfies Record<string, Licence>);
