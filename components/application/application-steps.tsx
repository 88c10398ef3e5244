import Link from "next/link";
import { getTranslations } from "next-intl/server";

// The three steps of filling in an application; the current one is marked for screen readers too.
export async function ApplicationSteps({ applicationId, current }: { applicationId: string; current: "edit" | "documents" | "check" }) {
  const t = await getTranslations("application");
  const steps = [
    { key: "edit", label: t("stepData") },
    { key: "documents", label: t("stepDocuments") },
    { key: "check", label: t("stepCheck") },
  ] as const;
  return (
    <nav aria-label={t("stepsNav")} className="mb-8">
      <ol className="flex flex-wrap gap-x-6 gap-y-2 border-b-2 border-slate-200 pb-3">
        {steps.map((s) => (
          <li key={s.key}>
            {s.key === current ? (
              <span aria-current="step" className="font-bold text-slate-900 underline decoration-4 underline-offset-8">
                {s.label}
              </span>
            ) : (
              <Link href={`/applications/${applicationId}/${s.key}`}>{s.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
