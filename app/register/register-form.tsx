"use client";
import { useActionState } from "react";
import { registerAction } from "@/app/register/actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormState } from "@/lib/forms";

export function RegisterForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(registerAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state, "register");
  const field = (name: string) => ({
    name,
    label: t(`register.${name}`),
    error: errorOf(name),
    defaultValue: valueOf(name),
    required: true,
  });
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <TextField {...field("fullName")} hint={t("register.fullNameHint")} autoComplete="name" />
      <TextField
        {...field("nik")}
        hint={t("register.nikHint")}
        inputMode="numeric"
        autoComplete="off"
        maxLength={16}
        className="max-w-xs font-mono tracking-wider"
      />
      <TextField {...field("email")} type="email" hint={t("register.emailHint")} autoComplete="email" spellCheck={false} />
      <TextField {...field("phone")} type="tel" hint={t("register.phoneHint")} autoComplete="tel" className="max-w-xs" />
      <TextField
        {...field("password")}
        defaultValue={undefined}
        type="password"
        hint={t("register.passwordHint")}
        autoComplete="new-password"
      />
      <TextField {...field("passwordConfirm")} defaultValue={undefined} type="password" autoComplete="new-password" />
      <Button disabled={pending}>{t("register.submit")}</Button>
    </form>
  );
}
