// Permissions are strings `action:entity:scope`; roles map to sets of them. `requirePermission`
// guards every domain operation on the server; `can` only decides what the interface shows.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/db/generated/enums";

export type Scope = "own" | "agency" | "any";
export type Permission = `${string}:${string}:${Scope}`;

export interface Actor {
  id: string;
  role: Role;
  agencyId: string | null;
  officeId: string | null;
}

/** The resource a scoped permission is checked against. */
export interface ScopedResource {
  ownerId?: string | null;
  agencyId?: string | null;
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
  FRONT_OFFICE: ["read:application:any", "verify:application:any", "read:notification:own", "update:profile:own"],
  BACK_OFFICE: [
    "read:application:any",
    "process:application:any",
    "read:business:any",
    "classify:activity:any",
    "read:notification:own",
    "update:profile:own",
  ],
  TECHNICAL: [
    "read:application:agency",
    "record:inspection:agency",
    "read:notification:own",
    "update:profile:own",
  ],
  HEAD: [
    "read:application:any",
    "approve:application:any",
    "read:business:any",
    "read:report:any",
    "read:notification:own",
    "update:profile:own",
  ],
  ADMIN: [
    "manage:user:any",
    "read:audit:any",
    "manage:calendar:any",
    "manage:catalogue:any",
    "manage:mail:any",
    "read:notification:own",
    "update:profile:own",
  ],
} as const satisfies Record<Role, readonly Permission[]>;

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

function scopeAllows(actor: Actor, scope: Scope, resource?: ScopedResource): boolean {
  if (scope === "any") return true;
  if (!resource) return true; // a scoped permission without a resource answers "may this role do it at all"
  if (scope === "own") return resource.ownerId != null && resource.ownerId === actor.id;
  return resource.agencyId != null && resource.agencyId === actor.agencyId;
}

// Which granted scopes satisfy a requested one: an `any` grant covers everything; `own` and
// `agency` grants cover only requests of their own scope, and only for matching resources.
const COVERING: Record<Scope, Scope[]> = { any: ["any"], agency: ["any", "agency"], own: ["any", "own"] };

/** Whether the actor holds `permission` for `resource`. */
export function can(actor: Actor | null | undefined, permission: Permission, resource?: ScopedResource): boolean {
  if (!actor) return false;
  const [action, entity, requested] = permission.split(":") as [string, string, Scope];
  const granted = permissionsOf(actor.role);
  return (COVERING[requested] ?? []).some(
    (scope) => granted.includes(`${action}:${entity}:${scope}` as Permission) && scopeAllows(actor, scope, resource),
  );
}

export function requirePermission(
  actor: Actor | null | undefined,
  permission: Permission,
  resource?: ScopedResource,
): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "errors.unauthenticated");
  if (!can(actor, permission, resource)) throw new AppError("FORBIDDEN", "errors.forbidden");
}

/** Where each role lands after logging in, and the permission its home page needs. */
export const ROLE_HOME = {
  APPLICANT: { path: "/applicant", permission: "create:application:own" },
  FRONT_OFFICE: { path: "/front-office", permission: "verify:application:any" },
  BACK_OFFICE: { path: "/back-office", permission: "process:application:any" },
  TECHNICAL: { path: "/technical", permission: "record:inspection:agency" },
  HEAD: { path: "/head", permission: "approve:application:any" },
  ADMIN: { path: "/admin", permission: "manage:user:any" },
} as const satisfies Record<Role, { path: string; permission: Permission }>;

export const STAFF_ROLES = ["FRONT_OFFICE", "BACK_OFFICE", "TECHNICAL", "HEAD", "ADMIN"] as const satisfies readonly Role[];
