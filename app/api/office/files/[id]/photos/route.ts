// A site photo for the open inspection of a file (technical team of the responsible agency only).
import { getActor } from "@/app/_lib/session";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { addInspectionPhoto, findPhotoTarget, PHOTO_ACCEPT, PHOTO_MAX_MB } from "@/lib/review/technical-review";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const back = (query: string) => Response.redirect(new URL(`/office/files/${id}?${query}#photos`, request.url), 303);
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL(`/login?returnTo=${encodeURIComponent(`/office/files/${id}`)}`, request.url), 303);
  try {
    await findPhotoTarget({ actor, applicationId: id });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code === "NOT_FOUND" || error.code === "FORBIDDEN" ? new Response(null, { status: error.status }) : back("photoError=not_editable");
  }
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: PHOTO_ACCEPT, maxBytes: PHOTO_MAX_MB * 1024 * 1024 }));
  if (!upload.ok) return back(`photoError=${upload.error}`);
  try {
    await addInspectionPhoto({ actor, applicationId: id, file: { ...upload.file, originalName: upload.file.originalName || "foto" } });
  } catch (error) {
    if (isAppError(error)) return error.code === "NOT_FOUND" ? new Response(null, { status: 404 }) : back("photoError=not_editable");
    throw error;
  }
  return back("done=photo");
}
