// How a page's messages agree with each other in the browser: a form refused shows its problems at the top of the
// page, and no success banner stays beside them (GOV.UK error summary and notification banner patterns).

/** Dispatched on window when a form on the page shows problems. */
export const formRefusedEvent = "app:form-refused";

/** The element at the top of the main content that error summaries move to once the page's scripts run. */
export const errorSummarySlotId = "error-summary-slot";

/** The search parameters that carry a success message to the page after a form moved on. */
export const successParameters = ["done", "name", "joined", "reset"] as const;

/** The page title with "Error: " in front, once. */
export function titleWithError(title: string, prefix: string): string {
  return title.startsWith(`${prefix} `) ? title : `${prefix} ${title}`;
}

/** The page title without the "Error: " in front. */
export function titleWithoutError(title: string, prefix: string): string {
  return title.startsWith(`${prefix} `) ? title.slice(prefix.length + 1) : title;
}

/** Set by the proxy on a form posted without JavaScript, for the page drawn in answer to it. */
export const formPostHeader = "x-form-post";
