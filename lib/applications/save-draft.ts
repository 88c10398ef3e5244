// Saves what the applicant typed into a draft (or, for a returned file, into the flagged fields
// only). Malformed values are refused with their reason; missing ones are fine until submission.
import type { Actor } from "@/lib/auth/permissions";
import { checkFormData, rawFromFormEntries, storedAsRaw, type FormIssue } from "@/lib/applications/form-schema";
import { loadOwnApplication } from "@/lib/applications/access";
import { editableKeys, findOpenRevision } from "@/lib/applications/revision";
import { fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/** Saved: with the required fields still empty (`missing`), which only submission insists on. */
export type SaveDraftResult = { ok: true; missing: FormIssue[] } | { ok: false; issues: FormIssue[] };

/** `raw`: values by field key; or `entries`: the fields of a posted form, read against the draft's own form. */
export async function saveDraft({
  actor,
  applicationId,
  ...posted
}: {
  actor: Actor;
  applicationId: string;
} & ({ raw: Record<string, unknown> } | { entries: Iterable<[string, FormDataEntryValue]> })): Promise<SaveDraftResult> {
  return db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    if (app.status !== "DRAFT" && app.status !== "RETURNED") throw new AppError("INVALID_TRANSITION", "errors.applications.notEditable");
    const fields = fieldsOf(app.permitTypeVersion);
    const raw = "raw" in posted ? posted.raw : rawFromFormEntries(fields, posted.entries);
    const editable = editableKeys(app.status, await findOpenRevision(tx, app.id));
    const current = (app.data ?? {}) as Record<string, unknown>;
    // A returned file: only the flagged fields are taken from the form; the rest keep their values.
    const input = editable.all
      ? raw
      : { ...storedAsRaw(current), ...Object.fromEntries(Object.entries(raw).filter(([k]) => editable.fields.has(k))) };
    const { values, issues } = checkFormData(fields, input, { mode: "draft", timeZone: app.office.timeZone });
    if (issues.length > 0) return { ok: false as const, issues };
    const updated = await tx.application.updateMany({
      where: { id: app.id, lockVersion: app.lockVersion, status: app.status },
      data: { data: values as Prisma.InputJsonObject, lockVersion: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "errors.applications.changedMeanwhile");
    const missing = checkFormData(fields, storedAsRaw(values), { mode: "submit", timeZone: app.office.timeZone }).issues;
    return { ok: true as const, missing };
  });
}
