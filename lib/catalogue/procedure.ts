// The procedure steps shown on a permit's service standard follow from its workflow template.
import type { Workflow } from "@/lib/catalogue/definition";

export type ProcedureStep = "submit" | "verify" | "survey" | "verifyOpd" | "process" | "approve" | "issued" | "instant";

export function procedureSteps(workflow: Workflow): ProcedureStep[] {
  switch (workflow) {
    case "instant":
      return ["submit", "instant"];
    case "direct":
      return ["submit", "verify", "process", "approve", "issued"];
    case "survey":
      return ["submit", "verify", "survey", "process", "approve", "issued"];
    case "verification":
      return ["submit", "verify", "verifyOpd", "process", "approve", "issued"];
  }
}
