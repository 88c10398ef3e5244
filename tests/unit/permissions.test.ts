import { describe, expect, it } from "vitest";
import { can, requirePermission, ROLE_HOME, ROLE_PERMISSIONS, type Actor } from "@/lib/auth/permissions";
import { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: `u-${role}`, role, agencyId: null, officeId: "o1", ...extra });

describe("role permissions", () => {
  it("gives every role the permission its home page needs, and no other role's home", () => {
    for (const role of Object.values(Role)) {
      for (const other of Object.values(Role)) {
        const allowed = can(actor(other, { agencyId: "a1" }), ROLE_HOME[role].permission);
        expect(allowed, `${other} on ${role}'s home`).toBe(role === other);
      }
    }
  });

  it("writes every permission as action:entity:scope", () => {
    for (const perms of Object.values(ROLE_PERMISSIONS)) {
      for (const p of perms) expect(p).toMatch(/^[a-z]+:[a-z]+:(own|agency|any)$/);
    }
  });

  it("limits an own-scoped permission to the owner's resources", () => {
    const applicant = actor("APPLICANT");
    expect(can(applicant, "read:application:own", { ownerId: applicant.id })).toBe(true);
    expect(can(applicant, "read:application:own", { ownerId: "someone-else" })).toBe(false);
    expect(can(applicant, "read:application:own", { ownerId: null })).toBe(false);
  });

  it("limits an agency-scoped permission to the member's agency", () => {
    const member = actor("TECHNICAL", { agencyId: "dinkes" });
    expect(can(member, "read:application:agency", { agencyId: "dinkes" })).toBe(true);
    expect(can(member, "read:application:agency", { agencyId: "disdik" })).toBe(false);
    expect(can(actor("TECHNICAL"), "read:application:agency", { agencyId: "dinkes" })).toBe(false);
  });

  it("lets an any-scoped grant cover own and agency checks", () => {
    expect(can(actor("FRONT_OFFICE"), "read:application:own", { ownerId: "x" })).toBe(true);
    expect(can(actor("HEAD"), "read:application:agency", { agencyId: "x" })).toBe(true);
  });

  it("never lets an applicant act on another applicant's file, or manage users", () => {
    const applicant = actor("APPLICANT");
    expect(can(applicant, "read:application:any")).toBe(false);
    expect(can(applicant, "manage:user:any")).toBe(false);
    expect(can(applicant, "approve:application:any")).toBe(false);
  });

  it("refuses the anonymous", () => {
    expect(can(null, "read:application:own")).toBe(false);
  });
});

describe("requirePermission", () => {
  it("throws UNAUTHENTICATED without an actor and FORBIDDEN without the permission", () => {
    expect(() => requirePermission(null, "manage:user:any")).toThrow(AppError);
    try {
      requirePermission(null, "manage:user:any");
    } catch (e) {
      expect((e as AppError).code).toBe("UNAUTHENTICATED");
      expect((e as AppError).status).toBe(401);
    }
    try {
      requirePermission(actor("HEAD"), "manage:user:any");
    } catch (e) {
      expect((e as AppError).code).toBe("FORBIDDEN");
      expect((e as AppError).status).toBe(403);
    }
    expect(() => requirePermission(actor("ADMIN"), "manage:user:any")).not.toThrow();
  });
});
