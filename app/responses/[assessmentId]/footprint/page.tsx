import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { FootprintEstimate } from "@/components/supplier/FootprintEstimate";
import { FootprintForm } from "@/components/supplier/FootprintForm";
import { assessmentDateOf } from "@/lib/domain/dates";
import { estimateFootprint } from "@/lib/domain/footprint/estimate-footprint";
import { deviceEmbodiedDefaults, deviceModels } from "@/lib/domain/footprint/device-defaults";
import { regionChoices } from "@/lib/domain/footprint/factors";
import { canChange } from "@/lib/domain/responses/deadline";
import { footprintFormValues } from "@/lib/forms/footprint";
import { inLanguage } from "@/lib/i18n/in-language";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters } from "@/lib/server/responses/access";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { saveFootprintAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supplier.footprint"))("title") };
}

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<{ done?: string }> };

async function FootprintPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/footprint` });
  const data = await getOwnResponse(actor, assessmentId);
  if (!data) pageNotFound();
  const { done } = await searchParams;
  const t = await getTranslations("supplier.footprint");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const declaration = data.response?.evidence.serviceFootprint;
  const open = canChange(data.response?.status ?? null, data.assessment.responseDeadline, new Date());
  const regions = regionChoices(locale);
  const tf = await getTranslations("supplier.footprint.form");
  const format = await getFormatter();
  // Each common kind of device with its default and where it comes from, as the radio's hint.
  const deviceModelItems = deviceModels.map((model) => {
    const { factor, products } = deviceEmbodiedDefaults[model];
    return {
      value: model,
      text: tf(`deviceModels.${model}`),
      hint: tf("deviceModelDefault", { kg: format.number(factor.value), products: format.number(products), source: `Boavizta ${factor.year}`, licence: factor.licence.id }),
    };
  });
  return (
    <>
      <BackLink href={`/responses/${assessmentId}`} text={tc("back")} />
      {done === "footprintSaved" && <SuccessBanner title={tc("success")} heading={t("saved")} />}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{inLanguage(data.assessment.title, locale).text}</span>
          <h1 className="govuk-heading-l">{t("title")}</h1>
          <p className="govuk-body">{t("intro")}</p>
          {declaration && (
            <>
              <h2 className="govuk-heading-m">{t("estimateHeading")}</h2>
              <FootprintEstimate estimate={estimateFootprint(declaration, assessmentDateOf(data.assessment.responseDeadline))} />
            </>
          )}
          {open ? (
            <>
              {declaration && <h2 className="govuk-heading-m">{t("changeHeading")}</h2>}
              <FootprintForm action={saveFootprintAction.bind(null, assessmentId)} initial={footprintFormValues(declaration)} regions={regions} deviceModels={deviceModelItems} />
            </>
          ) : (
            <WarningText assistiveText={tc("warning")}>{t("readOnly")}</WarningText>
          )}
          <p className="govuk-body">
            {/* The conditions of participation, when the assessment has any, come before checking the answers. */}
            <a className="govuk-link" href={`/responses/${assessmentId}/${data.assessment.conditions.length > 0 ? "conditions" : "check"}`}>
              {t(data.assessment.conditions.length > 0 ? "continueToConditions" : "continue")}
            </a>
          </p>
        </div>
      </div>
    </>
  );
}

export default withClientMessages(FootprintPage, ["errors", "supplier.footprint.form"]);
