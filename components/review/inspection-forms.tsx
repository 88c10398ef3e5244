"use client";
// The technical team's forms: the survey schedule and the inspection report (BAP).
import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useFormFeedback } from "@/components/ui/use-form-feedback";

export function ScheduleSurveyForm({
  scheduleSurveyAction,
  applicationId,
  defaults,
  staff,
  rescheduling,
}: {
  scheduleSurveyAction: FormAction;
  applicationId: string;
  defaults: { scheduledFor: string; place: string; members: string[] };
  /** The agency's active technical staff, from their accounts. */
  staff: { id: string; fullName: string; position: string | null; nip: string | null }[];
  /** The survey is already scheduled: moving it needs a reason. */
  rescheduling: boolean;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(scheduleSurveyAction, { values: { scheduledFor: defaults.scheduledFor, place: defaults.place } });
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  return (
    <form action={action} noValidate>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={summary} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <TextField name="scheduledFor" type="datetime-local" label={t("inspection.scheduledFor")} error={errorOf("scheduledFor")} defaultValue={valueOf("scheduledFor")} className="max-w-xs" />
      <TextField name="place" label={t("inspection.place")} error={errorOf("place")} defaultValue={valueOf("place")} />
      <fieldset className={`mb-6 ${errorOf("members") ? "border-l-4 border-danger pl-4" : ""}`} aria-describedby="members-hint">
        <legend className="font-semibold">{t("inspection.members")}</legend>
        <p id="members-hint" className="text-sm text-slate-700">
          {t("inspection.membersHint")}
        </p>
        {errorOf("members") ? <p className="text-sm font-semibold text-danger">{errorOf("members")}</p> : null}
        {staff.map((u, i) => (
          <label key={u.id} className="flex min-h-11 items-center gap-2">
            <input id={i === 0 ? "members" : undefined} type="checkbox" name="member" value={u.id} defaultChecked={defaults.members.includes(u.id)} className="h-6 w-6" />
            <span>
              <span className="font-semibold">{u.fullName}</span>
              {" · "}
              {u.position || t("inspection.noPosition")}
              {u.nip ? ` · ${t("inspection.nip", { nip: u.nip })}` : null}
            </span>
          </label>
        ))}
      </fieldset>
      {rescheduling ? <TextAreaField name="reason" label={t("inspection.rescheduleReason")} hint={t("inspection.rescheduleReasonHint")} error={errorOf("reason")} defaultValue={valueOf("reason")} /> : null}
      <Button variant="secondary" disabled={pending}>
        {rescheduling ? t("inspection.reschedule") : t("inspection.schedule")}
      </Button>
    </form>
  );
}

export function RecordInspectionForm({ recordInspectionAction, applicationId, checklist, members }: { recordInspectionAction: FormAction; applicationId: string; checklist: string[]; members: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(recordInspectionAction, {});
  const { t, summary, errorOf, valueOf } = useFormFeedback(state);
  const results = ["sesuai", "tidak_sesuai", "catatan"] as const;
  // Name the checklist item in the summary, not only the rule it breaks.
  const named = summary.map((s) => {
    const i = /^result\.(\d+)$/.exec(s.field ?? "")?.[1];
    return i === undefined ? s : { ...s, message: `${Number(i) + 1}. ${checklist[Number(i)]}: ${s.message}` };
  });
  return (
    <form action={action} noValidate>
      <ErrorSummary title={t("common.errorSummaryTitle")} errors={named} />
      <input type="hidden" name="_applicationId" value={applicationId} />
      <input type="hidden" name="_items" value={checklist.length} />
      <TextField name="visitedAt" type="datetime-local" label={t("inspection.visitedAt")} hint={t("inspection.visitedAtHint")} error={errorOf("visitedAt")} defaultValue={valueOf("visitedAt")} className="max-w-xs" />
      <fieldset className="mb-6">
        <legend className="mb-2 text-lg font-bold">{t("inspection.checklist")}</legend>
        <ol className="divide-y divide-slate-200 border-y border-slate-200">
          {checklist.map((item, i) => (
            <li key={i} className={`py-3 ${errorOf(`result.${i}`) ? "border-l-4 border-danger pl-3" : ""}`}>
              <p className="font-semibold">
                {i + 1}. {item}
              </p>
              {errorOf(`result.${i}`) ? <p className="text-sm font-semibold text-danger">{errorOf(`result.${i}`)}</p> : null}
              <div role="radiogroup" aria-label={item} className="mt-1 flex flex-wrap gap-4">
                {results.map((r) => (
                  <label key={r} className="flex min-h-11 items-center gap-2">
                    <input id={r === "sesuai" ? `result.${i}` : undefined} type="radio" name={`result.${i}`} value={r} defaultChecked={valueOf(`result.${i}`) === r} className="h-6 w-6" />
                    {t(`inspection.results.${r}`)}
                  </label>
                ))}
              </div>
              <label htmlFor={`note.${i}`} className="sr-only">
                {t("inspection.note", { item })}
              </label>
              <input id={`note.${i}`} name={`note.${i}`} defaultValue={valueOf(`note.${i}`)} placeholder={t("inspection.note", { item: `${i + 1}` })} className="mt-1 min-h-11 w-full rounded border-2 border-slate-500 px-3" />
            </li>
          ))}
        </ol>
      </fieldset>
      <TextAreaField name="findings" label={t("inspection.findings")} hint={t("inspection.findingsHint")} error={errorOf("findings")} defaultValue={valueOf("findings")} />
      <fieldset className={`mb-6 ${errorOf("recommendation") ? "border-l-4 border-danger pl-4" : ""}`}>
        <legend className="font-semibold">{t("inspection.recommendation")}</legend>
        {errorOf("recommendation") ? <p className="text-sm font-semibold text-danger">{errorOf("recommendation")}</p> : null}
        {(["APPROVE", "APPROVE_WITH_CONDITIONS", "REJECT"] as const).map((r) => (
          <label key={r} className="flex min-h-11 items-center gap-2">
            <input id={r === "APPROVE" ? "recommendation" : undefined} type="radio" name="recommendation" value={r} defaultChecked={valueOf("recommendation") === r} className="h-6 w-6" />
            {t(`inspection.recommendations.${r}`)}
          </label>
        ))}
      </fieldset>
      <TextAreaField name="conditions" label={t("inspection.conditions")} hint={t("inspection.conditionsHint")} error={errorOf("conditions")} defaultValue={valueOf("conditions")} />
      <fieldset className={`mb-6 ${errorOf("signers") ? "border-l-4 border-danger pl-4" : ""}`}>
        <legend className="font-semibold">{t("inspection.signers")}</legend>
        {errorOf("signers") ? <p className="text-sm font-semibold text-danger">{errorOf("signers")}</p> : null}
        {members.map((m, i) => (
          <label key={i} className="flex min-h-11 items-center gap-2">
            <input id={i === 0 ? "signers" : undefined} type="checkbox" name="signer" value={i} defaultChecked className="h-6 w-6" />
            {m}
          </label>
        ))}
      </fieldset>
      <Button disabled={pending}>{t("inspection.record")}</Button>
    </form>
  );
}
