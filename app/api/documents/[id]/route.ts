// Sends an uploaded document to someone allowed to read its application: its applicant, office
// staff, or the responsible agency's technical team. Everyone else gets 404.
import { Readable } from "node:stream";
import { getActor } from "@/app/_lib/session";
import { findDocumentFile, uploadsDir } from "@/lib/applications/attach-document";
import { openStoredFile } from "@/lib/documents/store-upload";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  let file;
  try {
    file = await findDocumentFile({ actor, documentId: (await params).id });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: 404 });
    throw error;
  }
  const stream = await openStoredFile(uploadsDir(), file.sha256);
  if (!stream) return new Response(null, { status: 404 });
  const filename = file.originalName.replace(/[^\w.\- ]+/g, "_");
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
