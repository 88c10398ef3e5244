// What a page loads from the domain, with its refusals turned into the pages people expect: a file
// that is gone, not theirs or named by a malformed id gives the 404 page, a refused one the 403 page.
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { asAppError } from "@/lib/errors";

export async function pageData<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    const appError = asAppError(error);
    if (appError?.code === "NOT_FOUND" || appError?.code === "MALFORMED") notFound();
    if (appError?.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
