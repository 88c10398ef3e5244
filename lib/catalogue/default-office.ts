// The office this installation serves to the public (the first one created).
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function getDefaultOfficeId(): Promise<string> {
  const office = await db().office.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!office) throw new AppError("NOT_FOUND", "errors.notFound");
  return office.id;
}
