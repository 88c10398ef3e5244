// Public NIB check for other systems: 400 when the number is malformed or its check digit is wrong,
// 404 when it is well formed but not issued here, 200 with the business's public data otherwise.
import { route } from "@/app/_lib/route";
import { verifyNib } from "@/lib/business/verify-nib";

export const dynamic = "force-dynamic";

// The router has already decoded the path segment once; decoding it again would turn "%25" into "%".
export const GET = route<{ nib: string }>(async (_request, { nib }) => {
  const result = await verifyNib(nib);
  const status = !result.valid ? 400 : !result.registered ? 404 : 200;
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
});
