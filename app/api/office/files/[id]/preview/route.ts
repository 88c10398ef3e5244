// The preview PDF of a permit document for the back office and the head.
import { route } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { AppError } from "@/lib/errors";
import { previewPermit } from "@/lib/issuance/preview-permit";

export const dynamic = "force-dynamic";

export const GET = route<{ id: string }>(async (_request, { id }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  const pdf = await previewPermit({ actor, applicationId: id });
  return new Response(Buffer.from(pdf), {
    headers: { "Content-Type": "application/pdf", "Content-Disposition": 'inline; filename="pratinjau-izin.pdf"', "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
});
