// A commitment's proof: the business uploads it (a plain multipart form, so it works without
// JavaScript, streamed and checked like every upload), and the business and office staff download it.
import { Readable } from "node:stream";
import { getActor } from "@/app/_lib/session";
import { receiveSingleUpload, uploadOutcome } from "@/app/_lib/receive-upload";
import { uploadsDir } from "@/lib/applications/attach-document";
import { findCommitmentProof, findProofTarget, PROOF_ACCEPT, PROOF_MAX_MB, submitCommitmentProof } from "@/lib/business/commitments";
import { openStoredFile } from "@/lib/documents/store-upload";
import { isAppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

function back(request: Request, businessId: string, params: Record<string, string>) {
  const url = new URL(`/business/${businessId}`, request.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.hash = "commitments-title";
  return Response.redirect(url, 303);
}

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/login", request.url), 303);
  let target;
  try {
    target = await findProofTarget({ actor, commitmentId: id });
  } catch (error) {
    if (isAppError(error) && error.code !== "CONFLICT") return new Response(null, { status: 404 });
    throw error;
  }
  const upload = uploadOutcome(await receiveSingleUpload(request, { accept: PROOF_ACCEPT, maxBytes: PROOF_MAX_MB * 1024 * 1024 }));
  if (!upload.ok) return back(request, target.businessId, { proofError: upload.error, commitment: id });
  await submitCommitmentProof({ actor, commitmentId: id, file: upload.file });
  return back(request, target.businessId, { saved: "proof" });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  let file;
  try {
    file = await findCommitmentProof({ actor, commitmentId: (await params).id });
  } catch (error) {
    if (isAppError(error)) return new Response(null, { status: 404 });
    throw error;
  }
  const stream = await openStoredFile(uploadsDir(), file.sha256);
  if (!stream) return new Response(null, { status: 404 });
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${file.originalName.replace(/[^\w.\- ]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
