import { describe, expect, it } from "vitest";
import { WORKFLOWS, type Workflow } from "@/lib/catalogue/definition";
import { ApplicationStatus, Role } from "@/lib/db/generated/enums";
import { ACTIONS, partyOf, statusSince, transition, UNDECIDED, WAITING_ON, type Action, type Actor, type TransitionResult } from "@/lib/workflow/transitions";

type Status = ApplicationStatus;

const STATUSES = Object.values(ApplicationStatus) as Status[];
const ROLES = Object.values(Role) as Role[];
const ACTORS: Actor[] = [...ROLES, "SYSTEM"];

const DECIDED: Status[] = ["ISSUED", "REJECTED", "WITHDRAWN", "EXPIRED", "REVOKED"];
const OFFICE_WORKFLOWS: Workflow[] = ["direct", "survey", "verification"];
const ALL: readonly Workflow[] = WORKFLOWS;

// ---------------------------------------------------------------------------------------------
// The expected lifecycle, written out from DESIGN.md section 3 (not computed by the module):
//
//   DRAFT -> SUBMITTED -> VERIFICATION (front office)
//   VERIFICATION -> RETURNED (revision asked; SLA clock paused) -> VERIFICATION
//   VERIFICATION -> TECHNICAL_REVIEW (OPD survey + BAP)           [survey and verification workflows]
//   VERIFICATION | TECHNICAL_REVIEW -> PROCESSING (back office draft)
//   PROCESSING -> APPROVAL (head) -> ISSUED -> (EXPIRED | REVOKED)
//   any officer stage -> REJECTED (by the role working the stage, or the head)
//   instant workflows: SUBMITTED -> ISSUED at once
//
// Each row is one allowed move. Anything not listed is refused:
// - reason "state" when no row of the action starts from that state,
// - reason "role" when rows start there but none is taken by that actor,
// - reason "state" when the actor may, but the permit type's workflow does not have that step.
//
// Rules of the module taken as given: the front office may return or accept a file straight from
// SUBMITTED (without a separate startVerification); an applicant may withdraw a DRAFT; the technical
// team may reject during TECHNICAL_REVIEW. Some rows name states a workflow never reaches (e.g.
// RETURNED for instant, TECHNICAL_REVIEW for direct); the table does not restrict those, as the
// module does not.
//
// Deemed approval (fiktif positif) issues the permit when the office lets the service deadline
// lapse. The deadline runs from the moment the front office accepts the file complete (DESIGN.md
// section 3), i.e. after acceptComplete, which leaves VERIFICATION for good. A file still in
// VERIFICATION has no running deadline and has not been found complete, so it can never be deemed
// approved: deemApprove starts only from TECHNICAL_REVIEW, PROCESSING or APPROVAL.

interface Move {
  from: Status;
  by: Actor;
  workflows: readonly Workflow[];
  to: Status;
}

function moves(from: Status[], by: Actor[], workflows: readonly Workflow[], to: Status): Move[] {
  return from.flatMap((f) => by.map((b) => ({ from: f, by: b, workflows, to })));
}

const EXPECTED: Record<Action, Move[]> = {
  submit: moves(["DRAFT"], ["APPLICANT"], ALL, "SUBMITTED"),
  issueInstant: moves(["SUBMITTED"], ["SYSTEM"], ["instant"], "ISSUED"),
  startVerification: moves(["SUBMITTED"], ["FRONT_OFFICE"], OFFICE_WORKFLOWS, "VERIFICATION"),
  returnForRevision: moves(["SUBMITTED", "VERIFICATION"], ["FRONT_OFFICE"], OFFICE_WORKFLOWS, "RETURNED"),
  resubmit: moves(["RETURNED"], ["APPLICANT"], ALL, "VERIFICATION"),
  acceptComplete: [
    ...moves(["SUBMITTED", "VERIFICATION"], ["FRONT_OFFICE"], ["direct"], "PROCESSING"),
    ...moves(["SUBMITTED", "VERIFICATION"], ["FRONT_OFFICE"], ["survey", "verification"], "TECHNICAL_REVIEW"),
  ],
  completeTechnicalReview: moves(["TECHNICAL_REVIEW"], ["TECHNICAL"], ALL, "PROCESSING"),
  sendForApproval: moves(["PROCESSING"], ["BACK_OFFICE"], ALL, "APPROVAL"),
  approve: moves(["APPROVAL"], ["HEAD"], ALL, "ISSUED"),
  reject: [
    ...moves(["SUBMITTED", "VERIFICATION"], ["FRONT_OFFICE", "HEAD"], ALL, "REJECTED"),
    ...moves(["TECHNICAL_REVIEW"], ["TECHNICAL", "HEAD"], ALL, "REJECTED"),
    ...moves(["PROCESSING"], ["BACK_OFFICE", "HEAD"], ALL, "REJECTED"),
    ...moves(["APPROVAL"], ["HEAD"], ALL, "REJECTED"),
  ],
  withdraw: moves(
    ["DRAFT", "SUBMITTED", "RETURNED", "VERIFICATION", "TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"],
    ["APPLICANT"],
    ALL,
    "WITHDRAWN",
  ),
  deemApprove: moves(["TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"], ["SYSTEM"], ALL, "ISSUED"),
  expire: moves(["ISSUED"], ["SYSTEM"], ALL, "EXPIRED"),
  revoke: moves(["ISSUED"], ["HEAD"], ALL, "REVOKED"),
};

function expected(action: Action, from: Status, by: Actor, workflow: Workflow): TransitionResult {
  const rows = EXPECTED[action];
  const hit = rows.find((r) => r.from === from && r.by === by && r.workflows.includes(workflow));
  if (hit) return { ok: true, to: hit.to };
  if (!rows.some((r) => r.from === from)) return { ok: false, reason: "state" };
  if (!rows.some((r) => r.from === from && r.by === by)) return { ok: false, reason: "role" };
  return { ok: false, reason: "state" };
}

/** The results for every actor and workflow, keyed `ACTOR/workflow`, so that a diff names the case. */
function grid(action: Action, from: Status, compute: (action: Action, from: Status, by: Actor, workflow: Workflow) => TransitionResult) {
  const out: Record<string, TransitionResult> = {};
  for (const by of ACTORS) for (const workflow of WORKFLOWS) out[`${by}/${workflow}`] = compute(action, from, by, workflow);
  return out;
}

describe("the enumerations the exhaustive test walks", () => {
  it("has the twelve statuses of the lifecycle", () => {
    expect([...STATUSES].sort()).toEqual(
      ["DRAFT", "SUBMITTED", "VERIFICATION", "RETURNED", "TECHNICAL_REVIEW", "PROCESSING", "APPROVAL", "ISSUED", "REJECTED", "WITHDRAWN", "EXPIRED", "REVOKED"].sort(),
    );
  });

  it("has an expectation for every action and no more", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("has the six roles, the system and the four workflows", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "APPLICANT", "BACK_OFFICE", "FRONT_OFFICE", "HEAD", "TECHNICAL"]);
    expect(ACTORS).toHaveLength(7);
    expect([...WORKFLOWS].sort()).toEqual(["direct", "instant", "survey", "verification"]);
  });
});

describe("transition: every status x every action x every actor x every workflow", () => {
  const cases = ACTIONS.flatMap((action) => STATUSES.map((from) => [action, from] as const));

  it.each(cases)("%s from %s", (action, from) => {
    expect(grid(action, from, transition)).toEqual(grid(action, from, expected));
  });
});

describe("transition: the rules that matter most", () => {
  it("acceptComplete goes to TECHNICAL_REVIEW for survey and verification, to PROCESSING for direct", () => {
    for (const from of ["SUBMITTED", "VERIFICATION"] as const) {
      expect(transition("acceptComplete", from, "FRONT_OFFICE", "survey")).toEqual({ ok: true, to: "TECHNICAL_REVIEW" });
      expect(transition("acceptComplete", from, "FRONT_OFFICE", "verification")).toEqual({ ok: true, to: "TECHNICAL_REVIEW" });
      expect(transition("acceptComplete", from, "FRONT_OFFICE", "direct")).toEqual({ ok: true, to: "PROCESSING" });
      expect(transition("acceptComplete", from, "FRONT_OFFICE", "instant")).toEqual({ ok: false, reason: "state" });
    }
  });

  it("instant types are issued at once and skip the office stages", () => {
    expect(transition("issueInstant", "SUBMITTED", "SYSTEM", "instant")).toEqual({ ok: true, to: "ISSUED" });
    for (const workflow of OFFICE_WORKFLOWS) {
      expect(transition("issueInstant", "SUBMITTED", "SYSTEM", workflow), workflow).toEqual({ ok: false, reason: "state" });
    }
    for (const action of ["startVerification", "acceptComplete", "returnForRevision"] as const) {
      expect(transition(action, "SUBMITTED", "FRONT_OFFICE", "instant"), action).toEqual({ ok: false, reason: "state" });
    }
    expect(transition("returnForRevision", "VERIFICATION", "FRONT_OFFICE", "instant")).toEqual({ ok: false, reason: "state" });
    // Nobody but the system issues an instant permit.
    for (const by of ROLES) expect(transition("issueInstant", "SUBMITTED", by, "instant"), by).toEqual({ ok: false, reason: "role" });
  });

  it("reject is taken only by the role working the stage, or by the head", () => {
    const working: Partial<Record<Status, Actor>> = {
      SUBMITTED: "FRONT_OFFICE",
      VERIFICATION: "FRONT_OFFICE",
      TECHNICAL_REVIEW: "TECHNICAL",
      PROCESSING: "BACK_OFFICE",
      APPROVAL: "HEAD",
    };
    for (const from of STATUSES) {
      for (const by of ACTORS) {
        for (const workflow of WORKFLOWS) {
          const result = transition("reject", from, by, workflow);
          const where = `${from} ${by} ${workflow}`;
          if (!(from in working)) expect(result, where).toEqual({ ok: false, reason: "state" });
          else if (by === working[from] || by === "HEAD") expect(result, where).toEqual({ ok: true, to: "REJECTED" });
          else expect(result, where).toEqual({ ok: false, reason: "role" });
        }
      }
    }
  });

  it("withdraw is taken only by the applicant, and only while undecided", () => {
    for (const from of STATUSES) {
      for (const by of ACTORS) {
        for (const workflow of WORKFLOWS) {
          const result = transition("withdraw", from, by, workflow);
          const where = `${from} ${by} ${workflow}`;
          if (DECIDED.includes(from)) expect(result, where).toEqual({ ok: false, reason: "state" });
          else if (by === "APPLICANT") expect(result, where).toEqual({ ok: true, to: "WITHDRAWN" });
          else expect(result, where).toEqual({ ok: false, reason: "role" });
        }
      }
    }
  });

  it("decided states accept nothing but expiry and revocation of an issued permit", () => {
    for (const from of DECIDED) {
      for (const action of ACTIONS) {
        for (const by of ACTORS) {
          for (const workflow of WORKFLOWS) {
            const result = transition(action, from, by, workflow);
            const where = `${action} ${from} ${by} ${workflow}`;
            if (from === "ISSUED" && action === "expire") {
              expect(result, where).toEqual(by === "SYSTEM" ? { ok: true, to: "EXPIRED" } : { ok: false, reason: "role" });
            } else if (from === "ISSUED" && action === "revoke") {
              expect(result, where).toEqual(by === "HEAD" ? { ok: true, to: "REVOKED" } : { ok: false, reason: "role" });
            } else {
              expect(result, where).toEqual({ ok: false, reason: "state" });
            }
          }
        }
      }
    }
  });

  it("gives the administrator no lifecycle action at all", () => {
    for (const action of ACTIONS) {
      for (const from of STATUSES) {
        for (const workflow of WORKFLOWS) expect(transition(action, from, "ADMIN", workflow).ok, `${action} ${from} ${workflow}`).toBe(false);
      }
    }
  });

  it("deems a file approved only once it was accepted complete, never during verification", () => {
    for (const workflow of OFFICE_WORKFLOWS) {
      for (const from of ["TECHNICAL_REVIEW", "PROCESSING", "APPROVAL"] as const) {
        expect(transition("deemApprove", from, "SYSTEM", workflow), `${from} ${workflow}`).toEqual({ ok: true, to: "ISSUED" });
      }
      for (const from of ["DRAFT", "SUBMITTED", "RETURNED", "VERIFICATION"] as const) {
        expect(transition("deemApprove", from, "SYSTEM", workflow), `${from} ${workflow}`).toEqual({ ok: false, reason: "state" });
      }
      expect(transition("deemApprove", "PROCESSING", "HEAD", workflow)).toEqual({ ok: false, reason: "role" });
    }
  });

  it('says "state" for the wrong state whoever acts, and "role" for the wrong actor in the right state', () => {
    // Wrong state: the reason does not depend on the actor.
    expect(transition("approve", "PROCESSING", "HEAD", "direct")).toEqual({ ok: false, reason: "state" });
    expect(transition("approve", "PROCESSING", "APPLICANT", "direct")).toEqual({ ok: false, reason: "state" });
    expect(transition("submit", "SUBMITTED", "APPLICANT", "direct")).toEqual({ ok: false, reason: "state" });
    expect(transition("revoke", "EXPIRED", "HEAD", "direct")).toEqual({ ok: false, reason: "state" });
    // Right state, wrong actor.
    expect(transition("approve", "APPROVAL", "BACK_OFFICE", "direct")).toEqual({ ok: false, reason: "role" });
    expect(transition("submit", "DRAFT", "FRONT_OFFICE", "direct")).toEqual({ ok: false, reason: "role" });
    expect(transition("completeTechnicalReview", "TECHNICAL_REVIEW", "BACK_OFFICE", "survey")).toEqual({ ok: false, reason: "role" });
    expect(transition("expire", "ISSUED", "HEAD", "direct")).toEqual({ ok: false, reason: "role" });
    // Right actor, but the workflow has no such step.
    expect(transition("startVerification", "SUBMITTED", "FRONT_OFFICE", "instant")).toEqual({ ok: false, reason: "state" });
    // Wrong actor for a step the workflow lacks: the role is checked first.
    expect(transition("startVerification", "SUBMITTED", "APPLICANT", "instant")).toEqual({ ok: false, reason: "role" });
  });
});

describe("transition: whole journeys", () => {
  function walk(workflow: Workflow, steps: [Action, Actor][]) {
    let status: Status = "DRAFT";
    const visited: Status[] = [status];
    for (const [action, by] of steps) {
      const result = transition(action, status, by, workflow);
      if (!result.ok) throw new Error(`${action} by ${by} from ${status} (${workflow}) refused: ${result.reason}`);
      status = result.to;
      visited.push(status);
    }
    return visited;
  }

  it("instant: submitted and issued at once", () => {
    expect(walk("instant", [["submit", "APPLICANT"], ["issueInstant", "SYSTEM"], ["expire", "SYSTEM"]])).toEqual(["DRAFT", "SUBMITTED", "ISSUED", "EXPIRED"]);
  });

  it("direct: verification, revision, processing, approval", () => {
    expect(
      walk("direct", [
        ["submit", "APPLICANT"],
        ["startVerification", "FRONT_OFFICE"],
        ["returnForRevision", "FRONT_OFFICE"],
        ["resubmit", "APPLICANT"],
        ["acceptComplete", "FRONT_OFFICE"],
        ["sendForApproval", "BACK_OFFICE"],
        ["approve", "HEAD"],
        ["revoke", "HEAD"],
      ]),
    ).toEqual(["DRAFT", "SUBMITTED", "VERIFICATION", "RETURNED", "VERIFICATION", "PROCESSING", "APPROVAL", "ISSUED", "REVOKED"]);
  });

  it.each(["survey", "verification"] as const)("%s: through the technical review", (workflow) => {
    expect(
      walk(workflow, [
        ["submit", "APPLICANT"],
        ["startVerification", "FRONT_OFFICE"],
        ["acceptComplete", "FRONT_OFFICE"],
        ["completeTechnicalReview", "TECHNICAL"],
        ["sendForApproval", "BACK_OFFICE"],
        ["approve", "HEAD"],
      ]),
    ).toEqual(["DRAFT", "SUBMITTED", "VERIFICATION", "TECHNICAL_REVIEW", "PROCESSING", "APPROVAL", "ISSUED"]);
  });

  function reachable(workflow: Workflow) {
    const seen = new Set<Status>(["DRAFT"]);
    const queue: Status[] = ["DRAFT"];
    while (queue.length) {
      const from = queue.shift()!;
      for (const action of ACTIONS) {
        for (const by of ACTORS) {
          const result = transition(action, from, by, workflow);
          if (result.ok && !seen.has(result.to)) {
            seen.add(result.to);
            queue.push(result.to);
          }
        }
      }
    }
    return [...seen].sort();
  }

  it("instant types never reach an office stage or a revision", () => {
    expect(reachable("instant")).toEqual(["DRAFT", "EXPIRED", "ISSUED", "REJECTED", "REVOKED", "SUBMITTED", "WITHDRAWN"]);
  });

  it("direct types reach every state but the technical review", () => {
    expect(reachable("direct")).toEqual(STATUSES.filter((s) => s !== "TECHNICAL_REVIEW").sort());
  });

  it.each(["survey", "verification"] as const)("%s types reach every state", (workflow) => {
    expect(reachable(workflow)).toEqual([...STATUSES].sort());
  });
});

describe("UNDECIDED", () => {
  it("is every state before a decision, the draft included", () => {
    expect([...UNDECIDED].sort()).toEqual(["APPROVAL", "DRAFT", "PROCESSING", "RETURNED", "SUBMITTED", "TECHNICAL_REVIEW", "VERIFICATION"]);
  });

  it("and the decided states split the statuses in two", () => {
    for (const status of STATUSES) expect(UNDECIDED.includes(status) !== DECIDED.includes(status), status).toBe(true);
  });

  it("are the states the applicant may withdraw from", () => {
    for (const status of STATUSES) {
      expect(transition("withdraw", status, "APPLICANT", "survey").ok, status).toBe(UNDECIDED.includes(status));
    }
  });
});

describe("WAITING_ON", () => {
  it("names who the file waits on in each state", () => {
    expect(WAITING_ON).toEqual({
      DRAFT: "applicant",
      SUBMITTED: "frontOffice",
      VERIFICATION: "frontOffice",
      RETURNED: "applicant",
      TECHNICAL_REVIEW: "technical",
      PROCESSING: "backOffice",
      APPROVAL: "head",
      ISSUED: null,
      REJECTED: null,
      WITHDRAWN: null,
      EXPIRED: null,
      REVOKED: null,
    });
  });

  it("names someone who can move the file on, in every undecided state of an office workflow", () => {
    const ROLE_OF = { applicant: "APPLICANT", frontOffice: "FRONT_OFFICE", technical: "TECHNICAL", backOffice: "BACK_OFFICE", head: "HEAD" } as const;
    for (const status of STATUSES) {
      const waiting = WAITING_ON[status];
      if (DECIDED.includes(status)) {
        expect(waiting, status).toBeNull();
        continue;
      }
      expect(waiting, status).not.toBeNull();
      const role = ROLE_OF[waiting!];
      // Moving on: any action by that role other than withdrawing or rejecting.
      const forward = ACTIONS.filter((a) => a !== "withdraw" && a !== "reject").some((a) => transition(a, status, role, "survey").ok);
      expect(forward, `${status} waits on ${waiting}`).toBe(true);
    }
  });
});

describe("who a file waits on, from the reader's side", () => {
  it("places each role as a party, and the public as none", () => {
    expect(partyOf("APPLICANT")).toBe("applicant");
    expect(partyOf("FRONT_OFFICE")).toBe("frontOffice");
    expect(partyOf("TECHNICAL")).toBe("technical");
    expect(partyOf("BACK_OFFICE")).toBe("backOffice");
    expect(partyOf("HEAD")).toBe("head");
    expect(partyOf("ADMIN")).toBeNull();
    expect(partyOf(null)).toBeNull();
  });

  it("dates the status from the last event that moved the file into it", () => {
    const at = (d: string) => new Date(`2026-12-0${d}T03:00:00Z`);
    const events = [
      { toStatus: "DRAFT" as const, createdAt: at("1") },
      { toStatus: "SUBMITTED" as const, createdAt: at("2") },
      { toStatus: "VERIFICATION" as const, createdAt: at("3") },
      { toStatus: "RETURNED" as const, createdAt: at("4") },
      { toStatus: "VERIFICATION" as const, createdAt: at("5") },
    ];
    expect(statusSince(events, "VERIFICATION")).toEqual(at("5"));
    expect(statusSince(events, "RETURNED")).toEqual(at("4"));
    expect(statusSince(events, "ISSUED")).toBeNull();
    expect(statusSince([], "DRAFT")).toBeNull();
  });
});
