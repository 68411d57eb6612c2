import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { openApiDescription } from "@/lib/http/api/openapi";
import { problemKinds, type ProblemKind } from "@/lib/http/api/problems";
import { toLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("developers"))("title") };
}

type Operation = { operationId: string; security?: { token?: string[] }[]; parameters?: { name: string; in: string; description?: string }[]; responses: Record<string, { description: string }> };

/** The API reference, read from the same OpenAPI description the API serves: for anyone, in English and Welsh. */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const locale = toLocale(await getLocale());
  const description = openApiDescription("");
  const operations = Object.entries(description.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  // The description's own words are English; in Welsh a success says so, and a problem gives its kind's Welsh title.
  const meaning = (status: string, description: string) => {
    if (locale === "en") return description;
    const kind = /\/api\/v1\/problems\/([\w-]+)/.exec(description)?.[1];
    if (kind && kind in problemKinds) return problemKinds[kind as ProblemKind].title.cy;
    return Number(status) < 300 ? t("success") : description;
  };
  const needs = (operation: Operation) => {
    const scope = operation.security?.[0]?.token?.[0];
    return scope === "write" ? t("needsWrite") : scope === "read" ? t("needsRead") : t("needsNothing");
  };
  return (
    <>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body-l">{t("intro")}</p>
      <h2 className="govuk-heading-m">{t("tokensHeading")}</h2>
      <p className="govuk-body">{t("tokens")}</p>
      <h2 className="govuk-heading-m">{t("answersHeading")}</h2>
      <p className="govuk-body">{t("answers")}</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/api/v1/openapi.json">{t("description")}</a>
      </p>
      <h2 className="govuk-heading-m">{t("operationsHeading")}</h2>
      {operations.map(({ path, method, operation }) => (
        <section key={`${method} ${path}`} className="govuk-!-margin-bottom-8" aria-labelledby={operation.operationId}>
          <h3 className="govuk-heading-s" id={operation.operationId}>
            <code>{method} /api/v1{path}</code>
          </h3>
          <p className="govuk-body">{t(`operations.${operation.operationId}` as "operations.listAssessments")}</p>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{t("needs")}</dt>
              <dd className="govuk-summary-list__value">{needs(operation)}</dd>
            </div>
            {operation.parameters && operation.parameters.length > 0 && (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">{t("parameters")}</dt>
                <dd className="govuk-summary-list__value">
                  <ul className="govuk-list">{operation.parameters.map((p) => <li key={p.name}><code>{p.name}</code></li>)}</ul>
                </dd>
              </div>
            )}
          </dl>
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`${t("responses")}: ${method} ${path}`}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">{t("responses")}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">{t("status")}</th>
                  <th scope="col" className="govuk-table__header">{t("meaning")}</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {Object.entries(operation.responses).map(([status, response]) => (
                  <tr className="govuk-table__row" key={status}>
                    <th scope="row" className="govuk-table__header">{status}</th>
                    <td className="govuk-table__cell">{meaning(status, response.description)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
