// The PDF of an issued document, for its applicant and office staff (the public page shows no PDF).
import { Readable } from "node:stream";
import { getActor } from "@/app/_lib/session";
import { canReadApplication } from "@/lib/applications/access";
import { uploadsDir } from "@/lib/applications/attach-document";
import { db } from "@/lib/db/client";
import { openStoredFile } from "@/lib/documents/store-upload";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const doc = await db().issuedDocument.findUnique({
    where: { code: (await params).code.toUpperCase() },
    include: { application: { select: { applicantId: true, officeId: true, agencyId: true } } },
  });
  if (!doc || !canReadApplication(actor, doc.application)) return new Response(null, { status: 404 });
  const file = await db().storedFile.findUniqueOrThrow({ where: { id: doc.fileId } });
  const stream = await openStoredFile(uploadsDir(), file.sha256);
  if (!stream) return new Response(null, { status: 404 });
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.originalName.replace(/[^\w.\- ]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
