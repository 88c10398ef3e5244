import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findAuditLog } from "@/lib/audit/find-audit-log";
import { createStaffUser, ZCreateStaffUserSchema } from "@/lib/users/create-staff-user";
import { findUsers } from "@/lib/users/find-users";
import { getUser } from "@/lib/users/get-user";
import { setUserActive, updateStaffUser } from "@/lib/users/update-staff-user";
import { authenticate } from "@/lib/auth/authenticate";
import type { Actor } from "@/lib/auth/permissions";
import { createUser } from "../support/factories";
import { createCast, type Cast } from "../support/cast";

let cast: Cast;
let admin: Actor;
let head: Actor;
let agencyId: string;
let otherOfficeAgencyId: string;

beforeAll(async () => {
  cast = await createCast();
  agencyId = cast.agencies.health.id;
  otherOfficeAgencyId = cast.agencies.secondOfficeHealth.id;
  admin = cast.admin.actor;
  head = cast.head.actor;
});

const staffInput = (overrides: Record<string, string> = {}) =>
  ZCreateStaffUserSchema.parse({
    fullName: "Andi Wijaya",
    email: `andi-${Math.random().toString(36).slice(2)}@kotacontoh.go.id`,
    role: "TECHNICAL",
    agencyId,
    password: "Sementara2026",
    ...overrides,
  });

describe("staff accounts", () => {
  it("lets only the admin create staff accounts, each recorded in the audit log", async () => {
    await expect(createStaffUser({ actor: head, input: staffInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id } = await createStaffUser({ actor: admin, input: staffInput({ email: "baru@kotacontoh.go.id" }) });
    const user = await db().user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ role: "TECHNICAL", agencyId, officeId: admin.officeId, active: true });
    const { entries } = await findAuditLog({ actor: admin });
    expect(entries.find((e) => e.entityId === id)).toMatchObject({ action: "user.create", actorId: admin.id });
  });

  it("requires an agency for technical team members, from the admin's own office", async () => {
    const parsed = ZCreateStaffUserSchema.safeParse({ ...staffInput(), agencyId: "" });
    expect(parsed.success).toBe(false);
    await expect(createStaffUser({ actor: admin, input: staffInput({ agencyId: otherOfficeAgencyId }) })).rejects.toMatchObject({
      fieldErrors: { agencyId: "validation.agency.unknown" },
    });
  });

  it("drops the agency of staff who are not technical team members", async () => {
    const { id } = await createStaffUser({ actor: admin, input: staffInput({ role: "FRONT_OFFICE" }) });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).agencyId).toBeNull();
  });

  it("refuses a second account with the same e-mail as a field error", async () => {
    await createStaffUser({ actor: admin, input: staffInput({ email: "kembar@kotacontoh.go.id" }) });
    await expect(createStaffUser({ actor: admin, input: staffInput({ email: "kembar@kotacontoh.go.id" }) })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: "validation.email.taken" },
    });
  });

  it("changes role and agency with an audit entry, and refuses changes to the admin's own account", async () => {
    const { id } = await createStaffUser({ actor: admin, input: staffInput() });
    await updateStaffUser({ actor: admin, input: { userId: id, role: "BACK_OFFICE", agencyId: null } });
    expect(await db().user.findUniqueOrThrow({ where: { id } })).toMatchObject({ role: "BACK_OFFICE", agencyId: null });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "user.update" } });
    expect(audit.data).toMatchObject({ from: { role: "TECHNICAL" }, to: { role: "BACK_OFFICE" } });
    await expect(updateStaffUser({ actor: admin, input: { userId: admin.id, role: "HEAD", agencyId: null } })).rejects.toMatchObject({
      messageKey: "errors.users.selfChange",
    });
  });

  it("does not give an applicant a staff role", async () => {
    const applicant = cast.applicant.user;
    await expect(updateStaffUser({ actor: admin, input: { userId: applicant.id, role: "HEAD", agencyId: null } })).rejects.toMatchObject({
      messageKey: "errors.users.applicantNotStaff",
    });
  });

  it("deactivates and reactivates accounts; a deactivated one cannot log in", async () => {
    const { id } = await createStaffUser({ actor: admin, input: staffInput({ email: "pindah@kotacontoh.go.id" }) });
    await setUserActive({ actor: admin, userId: id, active: false });
    expect(await authenticate({ email: "pindah@kotacontoh.go.id", password: "Sementara2026" })).toMatchObject({ reason: "inactive" });
    await setUserActive({ actor: admin, userId: id, active: true });
    expect((await authenticate({ email: "pindah@kotacontoh.go.id", password: "Sementara2026" })).ok).toBe(true);
    const actions = (await db().auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["user.create", "user.deactivate", "user.reactivate"]);
    await expect(setUserActive({ actor: admin, userId: admin.id, active: false })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(setUserActive({ actor: head, userId: id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists users newest first, filters by role and search, pages by keyset", async () => {
    for (let i = 0; i < 30; i++) await createUser({ role: "FRONT_OFFICE", officeId: admin.officeId, fullName: `Petugas Loket ${i}` });
    const first = await findUsers({ actor: admin, filter: { role: "FRONT_OFFICE" } });
    expect(first.users).toHaveLength(25);
    expect(first.nextCursor).not.toBeNull();
    const second = await findUsers({ actor: admin, filter: { role: "FRONT_OFFICE", after: first.nextCursor! } });
    const ids = new Set([...first.users, ...second.users].map((u) => u.id));
    expect(ids.size).toBe(first.users.length + second.users.length);
    expect(second.users.every((u) => u.role === "FRONT_OFFICE")).toBe(true);
    const search = await findUsers({ actor: admin, filter: { q: "loket 2" } });
    expect(search.users.map((u) => u.fullName).sort()).toEqual(["Petugas Loket 2", "Petugas Loket 20", "Petugas Loket 21", "Petugas Loket 22", "Petugas Loket 23", "Petugas Loket 24", "Petugas Loket 25", "Petugas Loket 26", "Petugas Loket 27", "Petugas Loket 28", "Petugas Loket 29"]);
    await expect(findUsers({ actor: head, filter: {} })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("hides users of another office", async () => {
    const stranger = cast.secondOfficeFrontOffice.user;
    await expect(getUser({ actor: admin, userId: stranger.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setUserActive({ actor: admin, userId: stranger.id, active: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
