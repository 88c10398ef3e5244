// Everything the application page shows to someone allowed to read it: the form as filled in, the
// current documents, the timeline, an open revision request and what the applicant may change.
import type { Actor } from "@/lib/auth/permissions";
import { applicationScope } from "@/lib/auth/access-scopes";
import { AppError } from "@/lib/errors";
import { editableKeys, findOpenRevision } from "@/lib/applications/revision";
import { documentsOf, fieldsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";

export async function getApplication({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  const prisma = db();
  const app = await prisma.application.findFirst({
    where: { id: applicationId, ...applicationScope(actor) },
    include: {
      permitTypeVersion: true,
      permitType: { select: { code: true } },
      office: { select: { timeZone: true } },
      agency: { select: { nameId: true, nameEn: true } },
      applicant: { select: { fullName: true, email: true } },
      documents: {
        where: { supersededAt: null },
        include: { file: { select: { id: true, originalName: true, size: true, mime: true } } },
        orderBy: { createdAt: "asc" },
      },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { actor: { select: { fullName: true, role: true } } } },
      decision: { select: { validUntil: true } },
    },
  });
  if (!app) throw new AppError("NOT_FOUND", "errors.notFound");
  const revision = await findOpenRevision(prisma, app.id);
  // A business file names its KBLI activity; its title is kept in Indonesian, the table has both.
  const kbliCode = (app.data as Record<string, unknown> | null)?.kbli;
  const kbli = typeof kbliCode === "string" && /^\d{5}$/.test(kbliCode) ? await prisma.kbli.findUnique({ where: { code: kbliCode }, select: { titleId: true, titleEn: true } }) : null;
  const isOwner = app.applicantId === actor.id;
  return {
    app,
    fields: fieldsOf(app.permitTypeVersion),
    documents: documentsOf(app.permitTypeVersion),
    revision,
    kbli,
    isOwner,
    editable: isOwner ? editableKeys(app.status, revision) : editableKeys("", null),
  };
}
