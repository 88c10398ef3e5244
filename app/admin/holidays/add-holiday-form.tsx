"use client";
import { useActionState } from "react";
import { createHolidayAction } from "@/app/admin/holidays/actions";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormState } from "@/lib/forms";

export function AddHolidayForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createHolidayAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state, "admin.holidays");
  return (
    <form action={action} noValidate className="max-w-xl">
      {state.success ? <Banner title={t("common.successTitle")}>{t(state.success)}</Banner> : null}
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <TextField name="date" type="date" label={t("admin.holidays.date")} error={errorOf("date")} defaultValue={valueOf("date")} className="max-w-xs" required />
      <SelectField
        name="kind"
        label={t("admin.holidays.kind")}
        error={errorOf("kind")}
        defaultValue={valueOf("kind") || "NATIONAL"}
        options={[
          { value: "NATIONAL", label: t("admin.holidays.kinds.NATIONAL") },
          { value: "COLLECTIVE_LEAVE", label: t("admin.holidays.kinds.COLLECTIVE_LEAVE") },
        ]}
      />
      <TextField name="nameId" label={t("admin.holidays.nameId")} error={errorOf("nameId")} defaultValue={valueOf("nameId")} lang="id" required />
      <TextField name="nameEn" label={t("admin.holidays.nameEn")} error={errorOf("nameEn")} defaultValue={valueOf("nameEn")} lang="en" required />
      <Button disabled={pending}>{t("admin.holidays.add")}</Button>
    </form>
  );
}
