import { SummaryList } from "@/components/govuk/SummaryList";
import { Table } from "@/components/govuk/Table";
import { labels, ruleNames } from "@/lib/export/labels";
import type { AssessmentSummary, ResultsExport, RuleSubtotal, ScoreExplanation, TenderAssessment } from "@/lib/export/model";
import { criteriaDocumentText, formatTotal, fromSupplier, legalBasisText, methodText, standingText, summaryLabels } from "@/lib/export/summary-text";
import type { Locale } from "@/lib/i18n/locales";

/**
 * One supplier's assessment summary as a page, in the same words as the document it downloads: the buyer's view
 * (results) and the supplier's own (after release) both show it.
 */
export function AssessmentSummaryView({ data, summary, locale }: { data: ResultsExport; summary: AssessmentSummary; locale: Locale }) {
  const leader = summary.mostAdvantageous;
  return (
    <>
      <p className="govuk-body" data-testid="legal-basis">{legalBasisText(summary.legalBasis)[locale]}</p>
      <SummaryList
        rows={[
          { key: "supplier", label: labels.supplier[locale], value: summary.supplier.name[locale] },
          ...(summary.supplier.identifier ? [{ key: "identifier", label: summaryLabels.identifier[locale], value: summary.supplier.identifier }] : []),
          ...(summary.supplier.tenderReference ? [{ key: "reference", label: summaryLabels.tenderReference[locale], value: summary.supplier.tenderReference }] : []),
          ...(summary.supplier.contact ? [{ key: "contact", label: summaryLabels.contact[locale], value: summary.supplier.contact }] : []),
          { key: "buyer", label: labels.buyer[locale], value: data.assessment.buyerName[locale] },
          { key: "procurement", label: labels.reference[locale], value: data.assessment.reference },
        ]}
      />
      <h2 className="govuk-heading-m">{summaryLabels.outcome[locale]}</h2>
      <p className="govuk-body-l" data-testid="standing">
        {standingText(summary.standing, { rank: summary.rank, total: summary.total, leaderName: leader?.supplierName ?? null, leaderTotal: leader?.total ?? null, equalFirst: summary.equalFirst })[locale]}
      </p>
      {summary.standingReasons.length > 0 && (
        <>
          <h3 className="govuk-heading-s">{(summary.standing === "disregarded" ? summaryLabels.disregardedReasons : summaryLabels.notYetAssessedReasons)[locale]}</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid="standing-reasons">
            {summary.standingReasons.map((reason, index) => <li key={index}>{reason[locale]}</li>)}
          </ul>
        </>
      )}
      <TenderTables data={data} tender={{ supplierName: summary.supplier.name, total: summary.total, subtotals: summary.subtotals, criteria: summary.perCriterion }} caption={summaryLabels.yourTender[locale]} locale={locale} testId="own-scores" />
      {summary.perCriterion.some((row) => row.reasons.length > 0) && (
        <section data-testid="pre-score-evidence">
          <h2 className="govuk-heading-m">{summaryLabels.preScoreHeading[locale]}</h2>
          <p className="govuk-body">{summaryLabels.preScoreText[locale]}</p>
          <Table
            caption={summaryLabels.preScoreSentences[locale]}
            captionSize="s"
            head={[labels.criterion[locale], summaryLabels.preScoreSentences[locale]]}
            rows={summary.perCriterion
              .filter((row) => row.reasons.length > 0)
              .map((row) => ({ key: row.criterionId, cells: [titleOf(data, row.criterionId, locale), <ul className="govuk-list" key="r">{row.reasons.map((reason, i) => <li key={i}>{reason[locale]}</li>)}</ul>] }))}
          />
        </section>
      )}
      {leader && (
        <section data-testid="most-advantageous">
          <h2 className="govuk-heading-m">{(summary.standing === "most-advantageous" ? summaryLabels.equalTender : summaryLabels.mostAdvantageous)[locale]}</h2>
          <p className="govuk-body">{fromSupplier(leader.supplierName, leader.total)[locale]}</p>
          <TenderTables data={data} tender={leader} caption={(summary.standing === "most-advantageous" ? summaryLabels.equalTender : summaryLabels.mostAdvantageous)[locale]} locale={locale} testId="leader-scores" />
        </section>
      )}
      <h2 className="govuk-heading-m">{summaryLabels.howAssessed[locale]}</h2>
      <p className="govuk-body">{methodText(summary.method.evaluators, summary.method.divergenceThreshold)[locale]}</p>
      <p className="govuk-body">{criteriaDocumentText(data.assessment.reference)[locale]}</p>
      {data.scale.length > 0 && (
        <Table
          caption={labels.scoringScale[locale]}
          captionSize="s"
          head={[labels.score[locale], labels.scoreMeaning[locale]]}
          rows={data.scale.map((point) => ({ key: String(point.value), cells: [point.value, point.descriptor[locale]] }))}
        />
      )}
    </>
  );
}

function titleOf(data: ResultsExport, criterionId: string, locale: Locale) {
  const index = data.criteria.findIndex((c) => c.id === criterionId);
  return index >= 0 ? `${index + 1}. ${data.criteria[index].title[locale] || data.criteria[index].title.en}` : "";
}

function Explanation({ explanation, locale }: { explanation: ScoreExplanation; locale: Locale }) {
  if (explanation.kind === "consensus") {
    return (
      <>
        <strong>{summaryLabels.consensus[locale]}:</strong> {explanation.rationale}
      </>
    );
  }
  if (explanation.kind === "evaluators") {
    return explanation.justifications.length === 1 ? <>{explanation.justifications[0]}</> : <ul className="govuk-list govuk-list--bullet">{explanation.justifications.map((text, i) => <li key={i}>{text}</li>)}</ul>;
  }
  return <>{summaryLabels.noExplanation[locale]}</>;
}

function TenderTables({ data, tender, caption, locale, testId }: { data: ResultsExport; tender: TenderAssessment; caption: string; locale: Locale; testId: string }) {
  const weightOf = (id: string) => data.criteria.find((c) => c.id === id)?.weight;
  return (
    <div data-testid={testId}>
      <Table
        caption={caption}
        numeric={[1, 2]}
        head={[labels.criterion[locale], labels.weight[locale], labels.score[locale], summaryLabels.why[locale]]}
        rows={tender.criteria.map((row) => ({
          key: row.criterionId,
          cells: [titleOf(data, row.criterionId, locale), `${weightOf(row.criterionId) ?? ""}%`, row.score ?? labels.notScored[locale], <Explanation key="e" explanation={row.explanation} locale={locale} />],
        }))}
      />
      {(tender.subtotals.length > 0 || tender.total !== null) && <Subtotals subtotals={tender.subtotals} total={tender.total} locale={locale} />}
    </div>
  );
}

function Subtotals({ subtotals, total, locale }: { subtotals: RuleSubtotal[]; total: number | null; locale: Locale }) {
  return (
    <Table
      caption={summaryLabels.subtotals[locale]}
      captionSize="s"
      numeric={[1, 2]}
      head={[labels.businessRule[locale], summaryLabels.points[locale], summaryLabels.outOf[locale]]}
      rows={[
        ...subtotals.map((s) => ({ key: s.rule, cells: [ruleNames[s.rule][locale], formatTotal(s.points, locale), s.weight] })),
        ...(total === null ? [] : [{ key: "total", cells: [labels.total[locale], <strong key="t">{formatTotal(total, locale)}</strong>, 100] }]),
      ]}
    />
  );
}
