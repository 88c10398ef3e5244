// Public NIB check for other systems: 400 when the number is malformed or its check digit is wrong,
// 404 when it is well formed but not issued here, 200 with the business's public data otherwise.
import { verifyNib } from "@/lib/business/verify-nib";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ nib: string }> }) {
  const result = await verifyNib(decodeURIComponent((await params).nib));
  const status = !result.valid ? 400 : !result.registered ? 404 : 200;
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
}
