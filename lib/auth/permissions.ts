// Permissions are strings `action:entity:scope`; roles map to sets of them. `requirePermission`
// guards every domain operation on the server (may this role do it at all); which rows it may do it
// to comes from the access scopes in lib/auth/access-scopes.ts. `can` only decides what the interface shows.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";

/** own: what the actor owns; agency: their agency's share of their office; office: their office; any: every office. */
export type Scope = "own" | "agency" | "office" | "any";
export type Permission = `${string}:${string}:${Scope}`;

export interface Actor {
  id: string;
  role: Role;
  agencyId: string | null;
  officeId: string | null;
}

export const ROLE_PERMISSIONS = {
  APPLICANT: [
    "create:application:own",
    "read:application:own",
    "update:application:own",
    "create:business:own",
    "read:business:own",
    "update:business:own",
    "read:notification:own",
    "update:profile:own",
  ],
  FRONT_OFFICE: [
    "read:application:office",
    "verify:application:office",
    "reject:application:office",
    "read:notification:own",
    "update:profile:own",
  ],
  BACK_OFFICE: [
    "read:application:office",
    "process:application:office",
    "reject:application:office",
    "preview:permit:office",
    "read:business:office",
    "classify:activity:office",
    "check:commitment:office",
    "read:notification:own",
    "update:profile:own",
  ],
  TECHNICAL: [
    "read:application:agency",
    "record:inspection:agency",
    "reject:application:agency",
    "read:notification:own",
    "update:profile:own",
  ],
  HEAD: [
    "read:application:office",
    "approve:application:office",
    "reject:application:office",
    "revoke:permit:office",
    "preview:permit:office",
    "sign:document:office",
    "read:business:office",
    "read:notification:own",
    "update:profile:own",
  ],
  ADMIN: [
    "manage:user:office",
    "read:audit:office",
    "manage:calendar:office",
    "manage:catalogue:office",
    "manage:mail:office",
    "read:notification:own",
    "update:profile:own",
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

// Which granted scopes satisfy a requested one: a wider grant covers a narrower request of the same
// action and entity (any ⊇ office ⊇ agency); `own` is covered only by `own` and `any`.
const COVERING: Record<Scope, Scope[]> = { any: ["any"], office: ["any", "office"], agency: ["any", "office", "agency"], own: ["any", "own"] };
const WIDEST_FIRST: Scope[] = ["any", "office", "agency", "own"];

/** The widest scope at which the actor holds `action:entity`, or null when it does not hold it at all. */
export function grantedScope(actor: Actor | null | undefined, actionEntity: `${string}:${string}`): Scope | null {
  if (!actor) return null;
  const granted = permissionsOf(actor.role) as readonly string[];
  return WIDEST_FIRST.find((scope) => granted.includes(`${actionEntity}:${scope}`)) ?? null;
}

/** Whether the actor's role may do this at all (which rows it may do it to is the access scopes' answer). */
export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  const [action, entity, requested] = permission.split(":") as [string, string, Scope];
  const granted = permissionsOf(actor.role) as readonly string[];
  return (COVERING[requested] ?? []).some((scope) => granted.includes(`${action}:${entity}:${scope}`));
}

export function requirePermission(actor: Actor | null | undefined, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Where each role lands after logging in, and the permission its home page needs. */
export const ROLE_HOME = {
  APPLICANT: { path: "/applicant", permission: "create:application:own" },
  FRONT_OFFICE: { path: "/front-office", permission: "verify:application:office" },
  BACK_OFFICE: { path: "/back-office", permission: "process:application:office" },
  TECHNICAL: { path: "/technical", permission: "record:inspection:agency" },
  HEAD: { path: "/head", permission: "approve:application:office" },
  ADMIN: { path: "/admin", permission: "manage:user:office" },
} as const satisfies Record<Role, { path: string; permission: Permission }>;

export const STAFF_ROLES = ["FRONT_OFFICE", "BACK_OFFICE", "TECHNICAL", "HEAD", "ADMIN"] as const satisfies readonly Role[];
