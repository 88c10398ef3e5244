// What an officer may do with a file now: each action the office file page offers, allowed when the
// lifecycle allows the actor's role to take it in the file's state and the role holds its permission.
import { can, type Actor, type Permission } from "@/lib/auth/permissions";
import type { ApplicationStatus } from "@/lib/db/generated/enums";
import type { Workflow } from "@/lib/catalogue/definition";
import { transition, type Action } from "@/lib/workflow/transitions";

/** Each action of the page: the lifecycle actions it may lead to, and the permission it exercises. */
const OFFICE_ACTIONS = {
  verify: { transitions: ["acceptComplete", "returnForRevision"], permission: "verify:application:office" },
  inspect: { transitions: ["completeTechnicalReview"], permission: "record:inspection:agency" },
  decide: { transitions: ["sendForApproval"], permission: "process:application:office" },
  approve: { transitions: ["approve"], permission: "approve:application:office" },
  reject: { transitions: ["reject"], permission: "reject:application:agency" },
  revoke: { transitions: ["revoke"], permission: "revoke:permit:office" },
} as const satisfies Record<string, { transitions: readonly Action[]; permission: Permission }>;

export type OfficeAction = keyof typeof OFFICE_ACTIONS;
export type OfficeActions = Record<OfficeAction, boolean>;

export function officeFileActions(actor: Actor, file: { status: ApplicationStatus; workflow: Workflow }): OfficeActions {
  const allowed = (a: OfficeAction) =>
    can(actor, OFFICE_ACTIONS[a].permission) && OFFICE_ACTIONS[a].transitions.some((t) => transition(t, file.status, actor.role, file.workflow).ok);
  return Object.fromEntries(Object.keys(OFFICE_ACTIONS).map((a) => [a, allowed(a as OfficeAction)])) as OfficeActions;
}
