// Any other address under /api/ is unknown: a 404 in the shared error shape for every method, rather
// than the not-found page, which would also try to read a posted body as a form's action.
import { route } from "@/app/_lib/route";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const unknownAddress = route<{ path: string[] }>(async () => {
  throw new AppError("NOT_FOUND", "errors.notFound");
});

export { unknownAddress as GET, unknownAddress as POST, unknownAddress as PUT, unknownAddress as PATCH, unknownAddress as DELETE };
