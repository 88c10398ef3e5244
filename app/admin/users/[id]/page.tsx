import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePage } from "@/app/_lib/session";
import { staffOptions } from "@/app/admin/users/options";
import { SetUserActiveForm, UpdateStaffUserForm } from "@/app/admin/users/staff-user-forms";
import { getUser } from "@/lib/users/get-user";
import { Banner } from "@/components/ui/banner";
import { PageHeading } from "@/components/ui/page-heading";
import { Tag } from "@/components/ui/tag";
import { pageData } from "@/app/_lib/page-data";
import { Section } from "@/components/ui/section";
import { getDateFormat } from "@/components/ui/date-format";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("editTitle") };
}

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePage("manage:user:office");
  const { id } = await params;
  const flags = await searchParams;
  const user = await pageData(getUser({ actor, userId: id }));
  const t = await getTranslations();
  const dates = await getDateFormat();
  const { roles, agencies } = await staffOptions(actor);
  const self = user.id === actor.id;
  const rows: [string, string][] = [
    [t("admin.users.email"), user.email],
    [t("admin.users.role"), t(`roles.${user.role}`)],
    ...(user.nik ? ([[t("admin.users.nik"), user.nik]] as [string, string][]) : []),
    ...(user.phone ? ([[t("admin.users.phone"), user.phone]] as [string, string][]) : []),
    [t("admin.users.createdAt"), dates.dateTime(user.createdAt)],
    [t("admin.users.lastLogin"), user.lastLoginAt ? dates.dateTime(user.lastLoginAt) : t("admin.users.never")],
  ];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{t("admin.users.title")}</Link>
      </p>
      {flags.created ? <Banner title={t("common.successTitle")}>{t("admin.users.created", { email: user.email })}</Banner> : null}
      {flags.deactivated ? <Banner title={t("common.successTitle")}>{t("admin.users.deactivated")}</Banner> : null}
      {flags.reactivated ? <Banner title={t("common.successTitle")}>{t("admin.users.reactivated")}</Banner> : null}
      <PageHeading caption={t("admin.users.editTitle")}>{user.fullName}</PageHeading>
      <p className="mb-6">
        {user.active ? <Tag tone="green">{t("admin.users.active")}</Tag> : <Tag tone="red">{t("admin.users.inactive")}</Tag>}
      </p>
      <dl className="mb-10 grid max-w-2xl grid-cols-1 border-t border-slate-300 sm:grid-cols-3">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="border-b border-slate-300 py-2 font-semibold">{k}</dt>
            <dd className="border-b border-slate-300 py-2 break-all sm:col-span-2">{v}</dd>
          </div>
        ))}
      </dl>
      {self ? (
        <Banner tone="info">{t("admin.users.selfNote")}</Banner>
      ) : (
        <div className="grid gap-10 md:grid-cols-2">
          {user.role === "APPLICANT" ? (
            <p className="text-slate-700">{t("admin.users.applicantNote")}</p>
          ) : (
            <Section id="role-title" title={t("admin.users.role")} headingSpace={4}>
              <UpdateStaffUserForm userId={user.id} roles={roles} agencies={agencies} role={user.role} agencyId={user.agencyId ?? ""} />
            </Section>
          )}
          <Section id="status-title" title={t("admin.users.status")} headingSpace={4}>
            <SetUserActiveForm userId={user.id} active={user.active} />
          </Section>
        </div>
      )}
    </>
  );
}
