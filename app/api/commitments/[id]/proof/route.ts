// A commitment's proof: the business uploads it (a plain multipart form, so it works without
// JavaScript, streamed and checked like every upload), and the business and office staff download it.
import { route, seeOther, sendStoredFile } from "@/app/_lib/route";
import { getActor } from "@/app/_lib/session";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { findCommitmentProof, findProofTarget, PROOF_ACCEPT, PROOF_MAX_MB, submitCommitmentProof } from "@/lib/business/commitments";
import { AppError, isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const POST = route<{ id: string }>(async (request, { id }) => {
  const actor = await getActor();
  if (!actor) return seeOther("/login");
  const { businessId } = await findProofTarget({ actor, commitmentId: id });
  const back = (params: Record<string, string>) => seeOther(`/business/${businessId}`, params, "commitments-title");
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: PROOF_ACCEPT, maxBytes: PROOF_MAX_MB * 1024 * 1024 }));
  if (!upload.ok) return back({ proofError: upload.error, commitment: id });
  try {
    await submitCommitmentProof({ actor, commitmentId: id, file: upload.file });
  } catch (error) {
    // Fulfilled meanwhile (the office accepted an earlier proof): the business page says so.
    if (isAppError(error) && error.code === "CONFLICT") return back({ commitment: id });
    throw error;
  }
  return back({ saved: "proof" });
});

export const GET = route<{ id: string }>(async (_request, { id }) => {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  return sendStoredFile(await findCommitmentProof({ actor, commitmentId: id }));
});
