// The preview PDF of a permit document for the back office and the head.
import { getActor } from "@/app/_lib/session";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { previewPermit } from "@/lib/issuance/preview-permit";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  try {
    const pdf = await previewPermit({ actor, applicationId: (await params).id, timeZone: getEnv().APP_TIME_ZONE });
    return new Response(Buffer.from(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": 'inline; filename="pratinjau-izin.pdf"', "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: error.status === 403 ? 403 : 404 });
    throw error;
  }
}
