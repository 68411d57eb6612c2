// A page's HTML carries the messages its client components read, no more: the whole catalogue would add some 100 KB to
// every page. The layout gives every page the few that any page may need; a page with client components names theirs
// (withClientMessages), and a test checks each page names every namespace its client components use.

type Tree = { [key: string]: unknown };

/** The namespaces every page's client components may read: messages shared by forms, the error page, the session timeout. */
export const alwaysOnClient = ["common", "errorPage", "session.timeout"] as const;

/** The catalogue cut down to the namespaces given ("supplier.evidence.form" keeps that branch alone). */
export function pickNamespaces(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let source: unknown = messages;
    for (const key of path) source = source && typeof source === "object" ? (source as Tree)[key] : undefined;
    if (source === undefined) continue;
    let target = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    const last = path[path.length - 1];
    const existing = target[last];
    target[last] = existing && typeof existing === "object" && typeof source === "object" ? { ...(existing as Tree), ...(source as Tree) } : source;
  }
  return picked;
}

/** Whether `namespace` is inside one of `given` ("supplier.evidence.form" is inside "supplier.evidence"). */
export function coveredBy(namespace: string, given: readonly string[]): boolean {
  return given.some((outer) => namespace === outer || namespace.startsWith(`${outer}.`));
}
