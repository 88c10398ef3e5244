"use client";
import { useActionState } from "react";
import { createStaffUserAction, setUserActiveAction, updateStaffUserAction } from "@/app/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Banner } from "@/components/ui/banner";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";
import type { FormState } from "@/lib/forms";

export interface Option {
  value: string;
  label: string;
}

function RoleAndAgency({
  feedback,
  roles,
  agencies,
  defaults,
}: {
  feedback: ReturnType<typeof useFormFeedback>;
  roles: Option[];
  agencies: Option[];
  defaults: { role?: string; agencyId?: string };
}) {
  const { t, errorOf, valueOf } = feedback;
  return (
    <>
      <SelectField
        name="role"
        label={t("admin.users.role")}
        error={errorOf("role")}
        defaultValue={valueOf("role") || defaults.role || ""}
        options={[{ value: "", label: t("admin.users.chooseRole") }, ...roles]}
        required
      />
      <SelectField
        name="agencyId"
        label={t("admin.users.agency")}
        hint={t("admin.users.agencyHint")}
        error={errorOf("agencyId")}
        defaultValue={valueOf("agencyId") || defaults.agencyId || ""}
        options={[{ value: "", label: t("admin.users.chooseAgency") }, ...agencies]}
      />
    </>
  );
}

export function CreateStaffUserForm({ roles, agencies }: { roles: Option[]; agencies: Option[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createStaffUserAction, {});
  const feedback = useFormFeedback(state, "admin.users");
  const { t, summary, errorOf, valueOf } = feedback;
  return (
    <form action={action} noValidate className="max-w-xl">
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <TextField name="fullName" label={t("admin.users.fullName")} error={errorOf("fullName")} defaultValue={valueOf("fullName")} required />
      <TextField name="email" type="email" label={t("admin.users.email")} error={errorOf("email")} defaultValue={valueOf("email")} spellCheck={false} required />
      <RoleAndAgency feedback={feedback} roles={roles} agencies={agencies} defaults={{}} />
      <TextField
        name="password"
        type="password"
        label={t("admin.users.password")}
        hint={t("admin.users.passwordHint")}
        error={errorOf("password")}
        autoComplete="new-password"
        required
      />
      <Button disabled={pending}>{t("admin.users.create")}</Button>
    </form>
  );
}

export function UpdateStaffUserForm({
  userId,
  roles,
  agencies,
  role,
  agencyId,
}: {
  userId: string;
  roles: Option[];
  agencies: Option[];
  role: string;
  agencyId: string;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateStaffUserAction, {});
  const feedback = useFormFeedback(state, "admin.users");
  const { t, summary } = feedback;
  return (
    <form action={action} noValidate className="max-w-xl">
      {state.success ? <Banner title={t("common.successTitle")}>{t(state.success)}</Banner> : null}
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="userId" value={userId} />
      <RoleAndAgency feedback={feedback} roles={roles} agencies={agencies} defaults={{ role, agencyId }} />
      <Button disabled={pending}>{t("admin.users.saveRole")}</Button>
    </form>
  );
}

export function SetUserActiveForm({ userId, active }: { userId: string; active: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setUserActiveAction, {});
  const { t, summary } = useFormFeedback(state);
  return (
    <form action={action}>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <p className="mb-3 text-slate-700">{t("admin.users.deactivateHelp")}</p>
      <Button variant={active ? "warning" : "secondary"} disabled={pending}>
        {active ? t("admin.users.deactivate") : t("admin.users.reactivate")}
      </Button>
    </form>
  );
}
