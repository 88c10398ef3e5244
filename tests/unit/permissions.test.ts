import { describe, expect, it } from "vitest";
import { can, grantedScope, requirePermission, ROLE_HOME, ROLE_PERMISSIONS, type Actor } from "@/lib/auth/permissions";
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
      for (const p of perms) expect(p).toMatch(/^[a-z]+:[a-z]+:(own|agency|office|any)$/);
    }
  });

  it("lets a wider grant answer a narrower question of the same action and entity", () => {
    expect(can(actor("HEAD"), "read:application:agency")).toBe(true);
    expect(can(actor("HEAD"), "read:application:office")).toBe(true);
    expect(can(actor("TECHNICAL"), "read:application:agency")).toBe(true);
    expect(can(actor("TECHNICAL"), "read:application:office")).toBe(false);
    // An office's staff do not own applicants' files: own is its own question.
    expect(can(actor("FRONT_OFFICE"), "read:application:own")).toBe(false);
    expect(can(actor("APPLICANT"), "read:application:agency")).toBe(false);
  });

  it("answers the widest scope a role holds, or none", () => {
    expect(grantedScope(actor("APPLICANT"), "read:application")).toBe("own");
    expect(grantedScope(actor("TECHNICAL"), "read:application")).toBe("agency");
    expect(grantedScope(actor("BACK_OFFICE"), "read:application")).toBe("office");
    expect(grantedScope(actor("ADMIN"), "read:application")).toBeNull();
    expect(grantedScope(null, "read:application")).toBeNull();
  });

  it("never lets an applicant act on another applicant's file, or manage users", () => {
    const applicant = actor("APPLICANT");
    expect(can(applicant, "read:application:office")).toBe(false);
    expect(can(applicant, "manage:user:office")).toBe(false);
    expect(can(applicant, "approve:application:office")).toBe(false);
  });

  it("refuses the anonymous", () => {
    expect(can(null, "read:application:own")).toBe(false);
  });
});

describe("requirePermission", () => {
  it("throws UNAUTHENTICATED without an actor and FORBIDDEN without the permission", () => {
    expect(() => requirePermission(null, "manage:user:office")).toThrow(AppError);
    try {
      requirePermission(null, "manage:user:office");
    } catch (e) {
      expect((e as AppError).code).toBe("UNAUTHENTICATED");
      expect((e as AppError).status).toBe(401);
    }
    try {
      requirePermission(actor("HEAD"), "manage:user:office");
    } catch (e) {
      expect((e as AppError).code).toBe("FORBIDDEN");
      expect((e as AppError).status).toBe(403);
    }
    expect(() => requirePermission(actor("ADMIN"), "manage:user:office")).not.toThrow();
  });
});
