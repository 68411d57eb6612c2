"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { Button } from "@/components/govuk/Button";
import { Input } from "@/components/govuk/Input";
import { Radios } from "@/components/govuk/Radios";
import type { Role } from "@/lib/domain/organisations/roles";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import type { FormState } from "@/lib/forms/form-state";
import { inviteMemberSchema } from "@/lib/schemas/members";

type Props = { roles: readonly Role[]; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function InviteMemberForm({ roles, action }: Props) {
  const t = useTranslations("members.inviteForm");
  const tr = useTranslations("roles");
  const th = useTranslations("roleHints");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(inviteMemberSchema, ["email", "role"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["email", "role", "form"]} />
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <form action={formAction} noValidate {...form}>
        <Input id="email" label={t("email")} hint={t("emailHint")} type="email" autoComplete="off" spellCheck={false} defaultValue={state.values?.email} error={errors.email} key={`email-${state.values?.email}`} />
        <Radios name="role" legend={t("role")} items={roles.map((role) => ({ value: role, text: tr(role), hint: th(role) }))} value={state.values?.role} error={errors.role} key={`role-${state.values?.role}`} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
      <p className="govuk-body">
        <a className="govuk-link" href="/members">
          {t("cancel")}
        </a>
      </p>
    </>
  );
}
