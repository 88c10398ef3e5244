// The colour of a file's status tag, the same on every page that lists or shows files (the tag always
// carries the status in words too).
import type { ApplicationStatus } from "@/lib/db/generated/enums";

export type StatusTone = "green" | "red" | "yellow" | "blue" | "neutral";

const TONE: Partial<Record<ApplicationStatus, StatusTone>> = {
  ISSUED: "green",
  REJECTED: "red",
  RETURNED: "yellow",
  WITHDRAWN: "neutral",
  DRAFT: "neutral",
  EXPIRED: "neutral",
  REVOKED: "red",
};

export function statusTone(status: ApplicationStatus): StatusTone {
  return TONE[status] ?? "blue";
}
