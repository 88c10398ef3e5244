// Receives one document upload (a plain multipart form, so it works without JavaScript), streams it
// to storage while checking its real type and size, records it, and sends the browser back to the
// documents page with the outcome. An oversized file is never stored whole.
import { getActor } from "@/app/_lib/session";
import { attachDocument, findUploadTarget } from "@/lib/applications/attach-document";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const MB = 1024 * 1024;

function back(request: Request, id: string, params: Record<string, string>) {
  const url = new URL(`/applications/${id}/documents`, request.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return Response.redirect(url, 303);
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const key = new URL(request.url).searchParams.get("key") ?? "";
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL(`/login?returnTo=${encodeURIComponent(`/applications/${id}/documents`)}`, request.url), 303);

  let requirement;
  try {
    requirement = await findUploadTarget({ actor, applicationId: id, key });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return new Response(null, { status: 404 });
    if (isAppError(error)) return back(request, id, { error: "not_editable", doc: key });
    throw error;
  }
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: requirement.accept, maxBytes: requirement.maxSizeMb * MB }));
  if (!upload.ok) return back(request, id, { error: upload.error, doc: key });
  try {
    await attachDocument({ actor, applicationId: id, key, file: upload.file });
  } catch (error) {
    if (isAppError(error)) return back(request, id, { error: "not_editable", doc: key });
    throw error;
  }
  return back(request, id, { uploaded: key });
}
