// The PDF of an issued document, for its applicant and office staff (the public page shows no PDF).
import { route, sendStoredFile } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { AppError } from "@/lib/errors";
import { findIssuedFile } from "@/lib/issuance/issued-documents";

export const dynamic = "force-dynamic";

export const GET = route<{ code: string }>(async (_request, { code }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return sendStoredFile(await findIssuedFile({ actor, code }));
});
