import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import { officeFileActions } from "@/lib/review/office-file-actions";

const actor = (role: Role): Actor => ({ id: `u-${role}`, role, agencyId: role === "TECHNICAL" ? "a1" : null, officeId: "o1" });
const offered = (role: Role, status: ApplicationStatus, workflow: "direct" | "survey" | "instant" = "survey") =>
  Object.entries(officeFileActions(actor(role), { status, workflow }))
    .filter(([, allowed]) => allowed)
    .map(([action]) => action)
    .sort();

describe("what the office file page offers", () => {
  it("offers each officer the step of their stage, and rejection where the lifecycle allows it", () => {
    expect(offered("FRONT_OFFICE", "SUBMITTED")).toEqual(["reject", "verify"]);
    expect(offered("FRONT_OFFICE", "VERIFICATION")).toEqual(["reject", "verify"]);
    expect(offered("TECHNICAL", "TECHNICAL_REVIEW")).toEqual(["inspect", "reject"]);
    expect(offered("BACK_OFFICE", "PROCESSING")).toEqual(["decide", "reject"]);
    expect(offered("HEAD", "APPROVAL")).toEqual(["approve", "reject"]);
    expect(offered("HEAD", "ISSUED")).toEqual(["revoke"]);
  });

  it("lets the head reject at any open stage, and nobody act on a closed file", () => {
    for (const status of ["SUBMITTED", "VERIFICATION", "TECHNICAL_REVIEW", "PROCESSING"] as const) expect(offered("HEAD", status)).toEqual(["reject"]);
    for (const status of ["REJECTED", "WITHDRAWN", "EXPIRED", "REVOKED", "DRAFT", "RETURNED"] as const) {
      for (const role of ["FRONT_OFFICE", "BACK_OFFICE", "TECHNICAL", "HEAD"] as const) expect(offered(role, status), `${role} ${status}`).toEqual([]);
    }
  });

  it("offers nothing to roles without the permission, and no verification of an instant permit", () => {
    expect(offered("BACK_OFFICE", "VERIFICATION")).toEqual([]);
    expect(offered("TECHNICAL", "PROCESSING")).toEqual([]);
    expect(offered("ADMIN", "APPROVAL")).toEqual([]);
    expect(offered("APPLICANT", "SUBMITTED")).toEqual([]);
    expect(offered("FRONT_OFFICE", "SUBMITTED", "instant")).toEqual(["reject"]);
  });
});
