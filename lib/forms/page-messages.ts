// How a page's messages agree with each other in the browser: a form refused shows its problems at the top of the
// page, and no success banner stays beside them (GOV.UK error summary and notification banner patterns).

/** Dispatched on window when a form on the page shows problems. */
export const formRefusedEvent = "app:form-refused";

/** The element at the top of the main content that error summaries move to once the page's scripts run. */
export const errorSummarySlotId = "error-summary-slot";

/** The search parameters that carry a success message to the page after a form moved on. */
export const successParameters = ["done", "name", "joined", "reset", "notice"] as const;

/**
 * A fresh value added to each address that carries a success message. Without JavaScript, the proxy remembers the
 * last one shown in a cookie and takes the message out of the address when the page is loaded again, so a reload
 * does not repeat it (with JavaScript, the page forgets it itself).
 */
export const noticeParameter = "notice";
export const noticeCookie = "notice-shown";

/** The path with `notice` set, when it carries a success message; any other path unchanged. */
export function withNotice(path: string, notice: string): string {
  const url = new URL(path, "http://service.invalid");
  if (!successParameters.some((name) => name !== noticeParameter && url.searchParams.has(name))) return path;
  url.searchParams.set(noticeParameter, notice);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The path and query without any success message, for a page loaded again after its message was shown. */
export function withoutSuccessMessage(pathname: string, search: string): string {
  const query = new URLSearchParams(search);
  for (const name of successParameters) query.delete(name);
  const rest = query.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

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
