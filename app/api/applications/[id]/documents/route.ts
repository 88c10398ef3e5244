// Receives one document upload (a plain multipart form, so it works without JavaScript), streams it
// to storage while checking its real type and size, records it, and sends the browser back to the
// documents page with the outcome. An oversized file is never stored whole.
import { route, seeOther } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { attachDocument, findUploadTarget } from "@/lib/applications/attach-document";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const MB = 1024 * 1024;

export const POST = route<{ id: string }>(async (request, { id }) => {
  const page = `/applications/${id}/documents`;
  const key = new URL(request.url).searchParams.get("key") ?? "";
  const actor = await getActor();
  if (!actor) return seeOther("/login", { returnTo: page });
  // A file that is not the person's is "not found"; one that cannot be changed now goes back to the page.
  const notEditable = (error: unknown) => {
    if (isAppError(error) && error.code !== "NOT_FOUND") return seeOther(page, { error: "not_editable", doc: key });
    throw error;
  };
  let requirement;
  try {
    requirement = await findUploadTarget({ actor, applicationId: id, key });
  } catch (error) {
    return notEditable(error);
  }
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: requirement.accept, maxBytes: requirement.maxSizeMb * MB }));
  if (!upload.ok) return seeOther(page, { error: upload.error, doc: key });
  try {
    await attachDocument({ actor, applicationId: id, key, file: upload.file });
  } catch (error) {
    return notEditable(error);
  }
  return seeOther(page, { uploaded: key });
});
