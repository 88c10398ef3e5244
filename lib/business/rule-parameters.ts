// Which parameters (land area, floor area, capacity) the risk rules of a KBLI code look at: the
// activity form asks for those and no others.
import { db } from "@/lib/db/client";
import { RULE_PARAMETERS, type RuleParameter } from "@/lib/risk/rules";

export async function ruleParametersOf(kbli: string): Promise<RuleParameter[]> {
  const rows = await db().riskRule.findMany({ where: { kbli, parameterName: { not: null } }, select: { parameterName: true }, distinct: ["parameterName"] });
  const named = new Set(rows.map((r) => r.parameterName));
  return RULE_PARAMETERS.filter((p) => named.has(p));
}
