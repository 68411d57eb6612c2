"use server";

import { parseContractTerms, contractTermsFields } from "@/lib/forms/contract";
import { contractReportFields, parseContractReport } from "@/lib/forms/contract-report";
import { parseTargets, targetFieldsOf } from "@/lib/forms/contract-targets";
import { contractYear, kpiKind, kpiReplyFields, kpiReplySchema, kpiReviewFields, kpiReviewSchema } from "@/lib/schemas/contracts";
import { recordId, recordVersion } from "@/lib/schemas/ids";
import { formAction } from "@/lib/server/action";
import { contractEditors, contractReporters, kpiReviewers } from "@/lib/server/contracts/access";
import { changeTargets, requestReport, reviewKpi } from "@/lib/server/contracts/contract-oversight";
import { replyToQuery, saveReportDraft, submitReport } from "@/lib/server/contracts/contract-reports";
import { createContract } from "@/lib/server/contracts/create-contract";
import { addReportFile, removeReportFile } from "@/lib/server/contracts/report-files";
import { inspectUpload } from "@/lib/server/files/inspect-upload";
import { accept, refuse } from "@/lib/forms/form-state";

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

export const changeTargetsAction = formAction({
  name: "change contract targets",
  roles: contractEditors,
  bound: [recordId, recordVersion],
  fields: (formData) => targetFieldsOf(formData.keys()),
  parse: parseTargets,
  run: ({ actor, bound: [contractId, version], input }) => changeTargets(actor, contractId, version, input),
  then: ({ contractId }) => `/contracts/${contractId}?done=targets`,
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

/** Saves the report as a draft, then goes to the page asked for: the form again, or the check before submitting. */
export const saveReportAction = formAction({
  name: "save contract report",
  roles: contractReporters,
  bound: [recordId, contractYear, recordVersion],
  fields: [...contractReportFields, "next"],
  parse: (values) => parseContractReport(values),
  run: ({ actor, bound: [contractId, year, version], input }) => saveReportDraft(actor, contractId, year, input, version),
  then: (_, [contractId, year], formData) => (formData.get("next") === "check" ? `/contracts/${contractId}/reports/${year}/check` : `/contracts/${contractId}/reports/${year}?done=saved`),
});

export const submitReportAction = formAction({
  name: "submit contract report",
  roles: contractReporters,
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
  bound: [recordId, contractYear, kpiKind],
  fields: kpiReplyFields,
  input: kpiReplySchema,
  run: ({ actor, bound: [contractId, year, kind], input }) => replyToQuery(actor, contractId, year, kind, input.reply),
  then: (_, [contractId, year]) => `/contracts/${contractId}/reports/${year}?done=replied`,
});
