"use client";
import { useActionState } from "react";
import { loginAction } from "@/app/login/actions";
import { Banner } from "@/components/ui/banner";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormState } from "@/lib/forms";

/** `notice`: a message from the page before (e.g. "account created"), shown until the form has an answer. */
export function LoginForm({ returnTo, email, notice }: { returnTo?: string; email?: string; notice?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(loginAction, { values: email ? { email } : {} });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state, "login");
  return (
    <form action={action} noValidate className="max-w-xl">
      {notice && summary.length === 0 ? <Banner>{notice}</Banner> : null}
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextField
        name="email"
        type="email"
        label={t("login.email")}
        autoComplete="username"
        spellCheck={false}
        defaultValue={valueOf("email")}
        error={errorOf("email")}
        required
      />
      <TextField
        name="password"
        type="password"
        label={t("login.password")}
        autoComplete="current-password"
        error={errorOf("password")}
        required
      />
      <Button disabled={pending}>{t("login.submit")}</Button>
    </form>
  );
}
