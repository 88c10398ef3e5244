// A preview of the permit document before the head signs: the same layout with the prepared (or the
// proposed) decision, clearly marked as a preview and without a verification code.
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { renderPermitDecree } from "@/lib/documents/pdf/permit-decree";
import { AppError } from "@/lib/errors";
import { decreeData } from "@/lib/issuance/issue-permit";
import { dateToDay, localToday } from "@/lib/calendar/office-day";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { loadFileForOfficer } from "@/lib/review/staff-access";

export async function previewPermit({ actor, applicationId, now = new Date() }: { actor: Actor; applicationId: string; now?: Date }) {
  requirePermission(actor, "preview:permit:office");
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "preview:permit");
    if (app.status !== "PROCESSING" && app.status !== "APPROVAL") throw new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
    const decision = await tx.decision.findUnique({ where: { applicationId: app.id } });
    const validity = defaultValidity(localToday(app.office.timeZone, now), app.permitTypeVersion.validityMonths);
    const data = await decreeData(tx, {
      app,
      decision: decision
        ? {
            decreeNumber: `${decision.decreeNumber} (PRATINJAU)`,
            validFrom: dateToDay(decision.validFrom),
            validUntil: decision.validUntil ? dateToDay(decision.validUntil) : null,
            conditions: (decision.conditions as string[]) ?? [],
          }
        : { decreeNumber: "(PRATINJAU - nomor diberikan saat disimpan)", validFrom: validity.validFrom, validUntil: validity.validUntil, conditions: [] },
      signerId: can(actor, "sign:document:office") ? actor.id : null,
      issuedAt: now,
      deemed: false,
      verificationUrl: "PRATINJAU - belum ditandatangani dan belum berlaku",
    });
    return renderPermitDecree(data);
  });
}
