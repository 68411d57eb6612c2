"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormErrorSummary, useFormErrors } from "@/components/forms/FormErrorSummary";
import { useCheckedForm } from "@/components/forms/useCheckedForm";
import { Button } from "@/components/govuk/Button";
import { Radios } from "@/components/govuk/Radios";
import type { Role } from "@/lib/domain/organisations/roles";
import type { FormState } from "@/lib/forms/form-state";
import { changeMemberRoleSchema } from "@/lib/schemas/members";

type Props = { roles: readonly Role[]; currentRole: Role; name: string; action: (state: FormState, formData: FormData) => Promise<FormState> };

export function ChangeRoleForm({ roles, currentRole, name, action }: Props) {
  const t = useTranslations("members.changeForm");
  const tr = useTranslations("roles");
  const [state, formAction, pending] = useActionState(action, {});
  const { form, errorsOf } = useCheckedForm(changeMemberRoleSchema, ["role"]);
  const errors = useFormErrors(errorsOf(state));
  return (
    <>
      <FormErrorSummary errors={errors} order={["role", "form"]} />
      <form action={formAction} noValidate {...form}>
        <Radios name="role" legend={t("legend", { name })} legendSize="l" items={roles.map((role) => ({ value: role, text: tr(role) }))} value={state.values?.role ?? currentRole} error={errors.role} key={state.values?.role ?? currentRole} />
        <Button disabled={pending}>{t("submit")}</Button>
      </form>
    </>
  );
}
