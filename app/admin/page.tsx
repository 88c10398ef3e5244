import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { countUnconfirmedHolidays } from "@/lib/calendar/holidays";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHomePage() {
  const actor = await requirePage(ROLE_HOME.ADMIN.permission);
  const t = await getTranslations();
  const pending = await countUnconfirmedHolidays({ actor });
  const links = [
    { href: "/admin/users", title: t("admin.usersLink"), body: t("admin.usersLinkBody") },
    { href: "/admin/permits", title: t("adminPermits.homeLink"), body: t("adminPermits.homeLinkBody") },
    { href: "/admin/risk", title: t("admin.riskLink"), body: t("admin.riskLinkBody") },
    { href: "/admin/holidays", title: t("admin.holidaysLink"), body: `${t("admin.holidaysLinkBody")} ${t("admin.holidaysPending", { count: pending })}` },
    { href: "/admin/audit", title: t("admin.auditLink"), body: t("admin.auditLinkBody") },
    { href: "/admin/mail", title: t("adminMail.title"), body: t("adminMail.homeLinkBody") },
  ];
  return (
    <>
      <PageHeading caption={t("common.signedInAs", { name: actor.fullName })} lead={t("admin.lead")}>
        {t("admin.title")}
      </PageHeading>
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map((l) => (
          <li key={l.href} className="rounded border-2 border-slate-200 p-4">
            <h2 className="text-xl font-bold">
              <Link href={l.href}>{l.title}</Link>
            </h2>
            <p className="mt-2 text-slate-700">{l.body}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
