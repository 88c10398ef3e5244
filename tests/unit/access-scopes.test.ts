import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  applicationScope,
  auditScope,
  businessScope,
  commitmentScope,
  inspectionScope,
  issuedDocumentScope,
  mailScope,
  notificationScope,
  reachOf,
  uploadedFileScope,
  userScope,
} from "@/lib/auth/access-scopes";
import { can, ROLE_PERMISSIONS, type Actor, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";

const NOTHING = { id: { in: [] } };
const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: `u-${role}`, role, agencyId: null, officeId: "o1", ...extra });

describe("access scopes", () => {
  it("give an applicant their own files, businesses and notifications", () => {
    const a = actor("APPLICANT");
    expect(applicationScope(a)).toEqual({ applicantId: a.id });
    expect(applicationScope(a, "update:application")).toEqual({ applicantId: a.id });
    expect(uploadedFileScope(a)).toEqual({ application: { applicantId: a.id } });
    expect(issuedDocumentScope(a)).toEqual({ application: { applicantId: a.id } });
    expect(businessScope(a)).toEqual({ ownerId: a.id });
    expect(commitmentScope(a, "update:business")).toEqual({ business: { ownerId: a.id } });
    expect(notificationScope(a)).toEqual({ userId: a.id });
    expect(inspectionScope(a)).toEqual({ application: { applicantId: a.id } });
  });

  it("give office staff their office, and only for what their role does", () => {
    expect(applicationScope(actor("FRONT_OFFICE"))).toEqual({ officeId: "o1" });
    expect(applicationScope(actor("FRONT_OFFICE"), "verify:application")).toEqual({ officeId: "o1" });
    expect(applicationScope(actor("FRONT_OFFICE"), "approve:application")).toEqual(NOTHING);
    expect(applicationScope(actor("HEAD"), "approve:application")).toEqual({ officeId: "o1" });
    expect(businessScope(actor("BACK_OFFICE"))).toEqual({ officeId: "o1" });
    expect(commitmentScope(actor("BACK_OFFICE"), "check:commitment")).toEqual({ business: { officeId: "o1" } });
    expect(userScope(actor("ADMIN"))).toEqual({ officeId: "o1" });
    expect(auditScope(actor("ADMIN"))).toEqual({ officeId: "o1" });
    expect(mailScope(actor("ADMIN"))).toEqual({ officeId: "o1" });
  });

  it("give a technical team member their agency's share of their office", () => {
    const member = actor("TECHNICAL", { agencyId: "dinkes" });
    expect(applicationScope(member)).toEqual({ officeId: "o1", agencyId: "dinkes" });
    expect(applicationScope(member, "record:inspection")).toEqual({ officeId: "o1", agencyId: "dinkes" });
    expect(inspectionScope(member)).toEqual({ agencyId: "dinkes", application: { officeId: "o1" } });
    expect(businessScope(member)).toEqual(NOTHING);
  });

  it("fail closed: no office, no agency, no permission or no one reaches nothing", () => {
    expect(applicationScope(actor("FRONT_OFFICE", { officeId: null }))).toEqual(NOTHING);
    expect(businessScope(actor("BACK_OFFICE", { officeId: null }))).toEqual(NOTHING);
    expect(commitmentScope(actor("BACK_OFFICE", { officeId: null }), "check:commitment")).toEqual({ business: NOTHING });
    expect(applicationScope(actor("TECHNICAL", { agencyId: null }))).toEqual(NOTHING);
    expect(applicationScope(actor("TECHNICAL", { agencyId: "dinkes", officeId: null }))).toEqual(NOTHING);
    expect(userScope(actor("ADMIN", { officeId: null }))).toEqual(NOTHING);
    expect(auditScope(actor("ADMIN", { officeId: null }))).toEqual(NOTHING);
    expect(applicationScope(actor("ADMIN"))).toEqual(NOTHING);
    expect(auditScope(actor("HEAD"))).toEqual(NOTHING);
    expect(applicationScope(null)).toEqual(NOTHING);
    expect(notificationScope(undefined)).toEqual(NOTHING);
    expect(reachOf(actor("FRONT_OFFICE", { officeId: null }), "read:application")).toBeNull();
  });
});

// Every permission the code asks for is held by some role, and every permission a role holds is asked
// for somewhere: a typo or a grant nothing enforces fails here.
describe("permissions in the code", () => {
  const sources: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !full.endsWith(path.join("auth", "permissions.ts"))) sources.push(fs.readFileSync(full, "utf8"));
    }
  };
  for (const dir of ["lib", "app", "components"]) walk(path.resolve(__dirname, "../..", dir));
  const code = sources.join("\n");
  // Full permissions ("read:application:own"), and the action:entity pairs the scopes take
  // (applicationScope(actor, "verify:application")).
  const asked = new Set([
    ...[...code.matchAll(/["'`]([a-z]+:[a-z]+:(?:own|agency|office|any))["'`]/g)].map((m) => m[1]!),
    ...[...code.matchAll(/(?:Scope|reachOf|loadFileForOfficer)\([^()]*?["'`]([a-z]+:[a-z]+)["'`]/g)].map((m) => m[1]!),
  ]);

  it("asks only for permissions some role holds", () => {
    const roles = Object.keys(ROLE_PERMISSIONS) as Role[];
    for (const p of asked) {
      const full = p.split(":").length === 3;
      const held = full
        ? roles.some((role) => can(actor(role), p as Permission))
        : roles.some((role) => (ROLE_PERMISSIONS[role] as readonly string[]).some((g) => g.startsWith(`${p}:`)));
      expect(held, `${p} is asked for but no role holds it`).toBe(true);
    }
  });

  it("enforces every permission a role holds", () => {
    for (const [role, permissions] of Object.entries(ROLE_PERMISSIONS)) {
      for (const p of permissions) {
        const actionEntity = p.split(":").slice(0, 2).join(":");
        const enforced = [...asked].some((a) => a === actionEntity || a.startsWith(`${actionEntity}:`));
        expect(enforced, `${role} holds ${p}, which nothing checks`).toBe(true);
      }
    }
  });
});
