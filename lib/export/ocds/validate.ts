import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { apply } from "json-merge-patch";
import awardCriteriaExtension from "./schema/extensions/awardCriteria/release-schema.json";
import lotsExtension from "./schema/extensions/lots/release-schema.json";
import requirementsExtension from "./schema/extensions/requirements/release-schema.json";
import sustainabilityExtension from "./schema/extensions/sustainability/release-schema.json";
import recordPackageSchema from "./schema/record-package-schema.json";
import releasePackageSchema from "./schema/release-package-schema.json";
import releaseSchema from "./schema/release-schema.json";

/**
 * Validates a release package against the OCDS 1.1.5 release schema extended with lots, award criteria,
 * requirements and sustainability. The core schema is JSON Schema draft-04, so Ajv's draft-04 build is used; `strict: false`
 * lets it pass over OCDS's own keywords (codelist, openCodelist, deprecated, wholeListMerge).
 */

let compiled: ValidateFunction | undefined;
let compiledRecords: ValidateFunction | undefined;

/** The core release schema with each extension applied as a JSON Merge Patch, in dependency order. */
export function extendedReleaseSchema(): Record<string, unknown> {
  return [lotsExtension, awardCriteriaExtension, requirementsExtension, sustainabilityExtension].reduce<Record<string, unknown>>(
    (schema, extension) => apply(schema, structuredClone(extension)),
    structuredClone(releaseSchema) as Record<string, unknown>,
  );
}

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // The package refers to the release schema by its id, so the extended schema is registered under it.
    ajv.addSchema(extendedReleaseSchema());
    compiled = ajv.compile(releasePackageSchema);
  }
  return compiled;
}

/**
 * The record-package schema, its releases and compiled releases checked against the extended release schema. A
 * record here never carries a versioned release, whose schema is not copied: its reference resolves to a schema that
 * refuses anything.
 */
function recordValidator(): ValidateFunction {
  if (!compiledRecords) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(extendedReleaseSchema());
    ajv.addSchema({ id: "https://standard.open-contracting.org/schema/1__1__5/versioned-release-validation-schema.json", not: {} });
    compiledRecords = ajv.compile(recordPackageSchema);
  }
  return compiledRecords;
}

export function validateRecordPackage(pkg: unknown): { valid: boolean; errors: string[] } {
  return report(recordValidator(), pkg);
}

export function validateReleasePackage(pkg: unknown): { valid: boolean; errors: string[] } {
  return report(validator(), pkg);
}

function report(validate: ValidateFunction, pkg: unknown): { valid: boolean; errors: string[] } {
  const valid = validate(pkg) as boolean;
  const errors = (validate.errors ?? []).map((error) => {
    const allowed = error.params && "allowedValues" in error.params ? ` (${(error.params.allowedValues as unknown[]).map(String).join(", ")})` : "";
    return `${error.instancePath || "/"} ${error.message ?? "is invalid"}${allowed}`;
  });
  return { valid, errors };
}
