// Sends an uploaded document to someone allowed to read its application: its applicant, office
// staff, or the responsible agency's technical team. Everyone else gets 404.
import { route, sendStoredFile } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { findDocumentFile } from "@/lib/applications/attach-document";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (_request, { id }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return sendStoredFile(await findDocumentFile({ actor, documentId: id }));
});
