// A site photo for the open inspection of a file (technical team of the responsible agency only).
import { route, seeOther } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { addInspectionPhoto, findPhotoTarget, PHOTO_ACCEPT, PHOTO_MAX_MB } from "@/lib/review/technical-review";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const POST = route<{ id: string }>(async (request, { id }) => {
  const page = `/office/files/${id}`;
  const back = (params: Record<string, string>) => seeOther(page, params, "photos");
  const actor = await getActor();
  if (!actor) return seeOther("/login", { returnTo: page });
  // No survey open to add to: back to the file with the reason; anything else (not found, refused) answers as it is.
  const notEditable = (error: unknown) => {
    if (isAppError(error) && error.code === "INVALID_TRANSITION") return back({ photoError: "not_editable" });
    throw error;
  };
  try {
    await findPhotoTarget({ actor, applicationId: id });
  } catch (error) {
    return notEditable(error);
  }
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: PHOTO_ACCEPT, maxBytes: PHOTO_MAX_MB * 1024 * 1024 }));
  if (!upload.ok) return back({ photoError: upload.error });
  try {
    await addInspectionPhoto({ actor, applicationId: id, file: { ...upload.file, originalName: upload.file.originalName || "foto" } });
  } catch (error) {
    return notEditable(error);
  }
  return back({ done: "photo" });
});
