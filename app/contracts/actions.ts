"use server";

import { contractTermsFields, parseContractTerms } from "@/lib/forms/contract";
import { contractReportFields, parseContractReport } from "@/lib/forms/contract-report";
import { parseTargets, targetFieldsOf } from "@/lib/forms/contract-targets";
import { accept, formValues, refuse } from "@/lib/forms/form-state";
import { contractYear, kpiKind, kpiReplyFields, kpiReplySchema, kpiReviewFields, kpiReviewSchema } from "@/lib/schemas/contracts";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { isoInstant } from "@/lib/schemas/lifecycle";
import { formAction } from "@/lib/server/action";
import { contractEditors, contractReporters, contractSubmitters, kpiReviewers } from "@/lib/server/contracts/access";
import { changeTargets, requestReport, reviewKpi } from "@/lib/server/contracts/contract-oversight";
import { replyToQuery, saveReportDraft, submitReport } from "@/lib/server/contracts/contract-reports";
import { createContract } from "@/lib/server/contracts/create-contract";
import { addReportFile, removeReportFile } from "@/lib/server/contracts/report-files";
import { inspectUpload } from "@/lib/server/files/inspect-upload";

export const createContractAction = formAction({
  name: "create contract",
  roles: contractEditors,
  bound: [recordId],
  fields: contractTermsFields,
  parse: parseContractTerms,
  once: true,
  run: ({ actor, bound: [assessmentId], input }) => createContract(actor, assessmentId, input),
  then: ({ contractId }) => `/contracts/${contractId}?done=made`,
});

/** The officer's targets; changed meanwhile, the form comes back as typed with the version now saved, to save again. */
export const changeTargetsAction = formAction({
  name: "change contract targets",
  roles: contractEditors,
  bound: [recordId],
  fields: (formData) => [...targetFieldsOf(formData.keys()), "version"],
  parse: (values) => {
    const version = recordVersion.safeParse(Number(values.version));
    if (!version.success) return refuse({ form: "contract.changedByOthers" });
    const targets = parseTargets(values);
    return targets.success ? accept({ targets: targets.data, version: version.data }) : targets;
  },
  run: ({ actor, bound: [contractId], input }) => changeTargets(actor, contractId, input.version, input.targets),
  then: (outcome, [contractId], formData) => {
    if ("stale" in outcome) return { errors: { form: "contract.changedByOthers" }, values: { ...formValues(formData, targetFieldsOf(formData.keys())), version: String(outcome.stale.version) } };
    return `/contracts/${contractId}?done=targets`;
  },
});

export const requestReportAction = formAction({
  name: "request contract report",
  roles: contractEditors,
  bound: [recordId, contractYear],
  once: true,
  run: ({ actor, bound: [contractId, year] }) => requestReport(actor, contractId, year),
  // Once a day: a second request the same day sends nothing, and says so.
  then: ({ queued }, [contractId]) => `/contracts/${contractId}?done=${queued > 0 ? "requested" : "alreadyRequested"}`,
});

/**
 * Saves the report as a draft, then goes to the page asked for: the form again, or the check before submitting.
 * Saved meanwhile by someone else: the form comes back as typed, with the version now saved, to save again.
 */
export const saveReportAction = formAction({
  name: "save contract report",
  roles: contractReporters,
  bound: [recordId, contractYear],
  fields: [...contractReportFields, "version", "next"],
  parse: (values) => {
    const version = recordVersion.safeParse(Number(values.version));
    if (!version.success) return refuse({ form: "contractReport.changedByOthers" });
    const figures = parseContractReport(values);
    return figures.success ? accept({ figures: figures.data, version: version.data }) : figures;
  },
  run: ({ actor, bound: [contractId, year], input }) => saveReportDraft(actor, contractId, year, input.figures, input.version),
  then: (outcome, [contractId, year], formData) => {
    if ("stale" in outcome) return { errors: { form: "contractReport.changedByOthers" }, values: { ...formValues(formData, [...contractReportFields, "next"]), version: String(outcome.stale.version) } };
    return formData.get("next") === "check" ? `/contracts/${contractId}/reports/${year}/check` : `/contracts/${contractId}/reports/${year}?done=saved`;
  },
});

export const submitReportAction = formAction({
  name: "submit contract report",
  roles: contractSubmitters,
  bound: [recordId, contractYear, recordVersion],
  once: true,
  run: ({ actor, bound: [contractId, year, version] }) => submitReport(actor, contractId, year, version),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}/submitted`,
});

export const reviewKpiAction = formAction({
  name: "review contract kpi",
  roles: kpiReviewers,
  bound: [recordId, contractYear, kpiKind],
  fields: kpiReviewFields,
  once: true,
  input: kpiReviewSchema,
  run: ({ actor, bound: [contractId, year, kind], input }) => reviewKpi(actor, contractId, year, kind, input),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}?done=reviewed`,
});

/** Adds an evidence file to a draft report; the file is judged by its content, as a response's files are. */
export const uploadReportFileAction = formAction({
  name: "upload contract report file",
  roles: contractReporters,
  bound: [recordId, contractYear],
  parse: async (_values, _bound, formData) => {
    const file = await inspectUpload(formData.get("file"));
    if (!file) return refuse({ file: "reportFile.required" });
    return "refusal" in file ? refuse({ file: file.refusal }) : accept(file.upload);
  },
  run: ({ actor, bound: [contractId, year], input }) => addReportFile(actor, contractId, year, input),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}/files?done=added`,
});

export const removeReportFileAction = formAction({
  name: "remove contract report file",
  roles: contractReporters,
  bound: [recordId, contractYear, recordId],
  run: ({ actor, bound: [contractId, year, fileId] }) => removeReportFile(actor, contractId, year, fileId),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}/files?done=removed`,
});

/** The supplier answers the specialist's query on one KPI. */
export const replyToQueryAction = formAction({
  name: "reply to contract kpi query",
  roles: contractReporters,
  bound: [recordId, contractYear, kpiKind, isoInstant],
  fields: kpiReplyFields,
  input: kpiReplySchema,
  once: true,
  run: ({ actor, bound: [contractId, year, kind, queriedAt], input }) => replyToQuery(actor, contractId, year, kind, input.reply, new Date(queriedAt)),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}?done=replied`,
});
