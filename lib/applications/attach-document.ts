// Uploads of an application's required documents: who may upload what, and recording a stored file
// against a requirement. A replaced document is kept, marked superseded, for the history.
import path from "node:path";
import type { Actor } from "@/lib/auth/permissions";
import { loadOwnApplication } from "@/lib/applications/access";
import { uploadedFileScope } from "@/lib/auth/access-scopes";
import { editableKeys, findOpenRevision } from "@/lib/applications/revision";
import { documentsOf } from "@/lib/catalogue/version-data";
import { db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { DocumentDefinition } from "@/lib/catalogue/definition";

export function uploadsDir() {
  return path.join(getEnv().dataDir, "uploads");
}

/** The requirement a document is uploaded for, when the applicant may upload it now. */
export async function findUploadTarget({ actor, applicationId, key }: { actor: Actor; applicationId: string; key: string }): Promise<DocumentDefinition> {
  return db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    const requirement = documentsOf(app.permitTypeVersion).find((d) => d.key === key);
    if (!requirement) throw new AppError("NOT_FOUND", "errors.notFound");
    const editable = editableKeys(app.status, await findOpenRevision(tx, app.id));
    if (!editable.all && !editable.documents.has(key)) throw new AppError("INVALID_TRANSITION", "validation.upload.notEditable");
    return requirement;
  });
}

export async function attachDocument({
  actor,
  applicationId,
  key,
  file,
}: {
  actor: Actor;
  applicationId: string;
  key: string;
  file: { sha256: string; size: number; mime: string; originalName: string };
}) {
  return db().$transaction(async (tx) => {
    const app = await loadOwnApplication(tx, actor, applicationId);
    if (!documentsOf(app.permitTypeVersion).some((d) => d.key === key)) throw new AppError("NOT_FOUND", "errors.notFound");
    const editable = editableKeys(app.status, await findOpenRevision(tx, app.id));
    if (!editable.all && !editable.documents.has(key)) throw new AppError("INVALID_TRANSITION", "validation.upload.notEditable");
    const stored = await tx.storedFile.create({
      data: { ...file, originalName: file.originalName.slice(0, 200) || "dokumen", uploadedById: actor.id },
    });
    const now = new Date();
    await tx.applicationDocument.updateMany({
      where: { applicationId: app.id, requirementKey: key, supersededAt: null },
      data: { supersededAt: now },
    });
    // Touch the application so that a submission racing with this upload notices the change.
    await tx.application.update({ where: { id: app.id }, data: { lockVersion: { increment: 1 } } });
    return tx.applicationDocument.create({ data: { applicationId: app.id, requirementKey: key, fileId: stored.id, createdAt: now } });
  });
}

/** A document's file for download, when the actor may read its application. */
export async function findDocumentFile({ actor, documentId }: { actor: Actor; documentId: string }) {
  const doc = await db().applicationDocument.findFirst({ where: { id: documentId, ...uploadedFileScope(actor) }, include: { file: true } });
  if (!doc) throw new AppError("NOT_FOUND", "errors.notFound");
  return doc.file;
}
