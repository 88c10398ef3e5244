// A site photo for the open inspection of a file (technical team of the responsible agency only).
import { getActor } from "@/app/_lib/session";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { addInspectionPhoto } from "@/lib/review/technical-review";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const back = (query: string) => Response.redirect(new URL(`/office/files/${id}?${query}#photos`, request.url), 303);
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL(`/login?returnTo=${encodeURIComponent(`/office/files/${id}`)}`, request.url), 303);
  if (actor.role !== "TECHNICAL") return new Response(null, { status: 403 });
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: ["jpeg", "png"], maxBytes: 5 * 1024 * 1024 }));
  if (!upload.ok) return back(`photoError=${upload.error}`);
  try {
    await addInspectionPhoto({ actor, applicationId: id, file: { ...upload.file, originalName: upload.file.originalName || "foto" } });
  } catch (error) {
    if (isAppError(error)) return error.code === "NOT_FOUND" ? new Response(null, { status: 404 }) : back("photoError=not_editable");
    throw error;
  }
  return back("done=photo");
}
