// Loads an application for a page, turning "not found" (also: not yours) into the 404 page.
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/permissions";
import { getApplication } from "@/lib/applications/get-application";
import { isAppError } from "@/lib/errors";

export async function loadApplicationForPage(actor: Actor, applicationId: string) {
  try {
    return await getApplication({ actor, applicationId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** Stored values as form inputs: address parts become `key.part`, numbers become text. */
export function flattenValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === "object") {
      for (const [part, v] of Object.entries(value)) out[`${key}.${part}`] = String(v ?? "");
    } else if (value !== null && value !== undefined) {
      out[key] = String(value);
    }
  }
  return out;
}
