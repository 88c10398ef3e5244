// A preview of the permit document before the head signs: the same layout with the prepared (or the
// proposed) decision, clearly marked as a preview and without a verification code.
import { can, requirePermission, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { renderPermitDecree } from "@/lib/documents/pdf/permit-decree";
import { AppError } from "@/lib/errors";
import { decreeData } from "@/lib/issuance/issue-permit";
import { dateToDay, localToday } from "@/lib/review/office-day";
import { defaultValidity } from "@/lib/review/prepare-decision";
import { loadFileForOfficer } from "@/lib/review/staff-access";

export async function previewPermit({ actor, applicationId, timeZone }: { actor: Actor; applicationId: string; timeZone: string }) {
  requirePermission(actor, "preview:permit:office");
  return db().$transaction(async (tx) => {
    const app = await loadFileForOfficer(tx, actor, applicationId, "preview:permit");
    if (app.status !== "PROCESSING" && app.status !== "APPROVAL") throw new AppError("INVALID_TRANSITION", "errors.applications.invalidTransition");
    const decision = await tx.decision.findUnique({ where: { applicationId: app.id } });
    const validity = defaultValidity(localToday(timeZone), app.permitTypeVersion.validityMonths);
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
      issuedAt: new Date(),
      deemed: false,
      verificationUrl: "PRATINJAU - belum ditandatangani dan belum berlaku",
      timeZone,
    });
    return renderPermitDecree(data);
  });
}
