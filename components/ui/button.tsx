import type { ButtonHTMLAttributes, ReactNode } from "react";
import Link from "next/link";

type Variant = "primary" | "secondary" | "warning";

const STYLES: Record<Variant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 shadow-[0_2px_0_#062b4c]",
  secondary: "bg-slate-100 text-slate-900 hover:bg-slate-200 shadow-[0_2px_0_#6b7280]",
  warning: "bg-danger text-white hover:bg-red-800 shadow-[0_2px_0_#5f0f0b]",
};

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded px-4 py-2 text-base font-semibold no-underline disabled:cursor-not-allowed disabled:opacity-60";

export function Button({
  variant = "primary",
  className = "",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type="submit" {...props} className={`${BASE} ${STYLES[variant]} ${className}`} />;
}

export function ButtonLink({ href, variant = "primary", children }: { href: string; variant?: Variant; children: ReactNode }) {
  return (
    <Link href={href} className={`${BASE} ${STYLES[variant]} hover:text-white ${variant === "secondary" ? "hover:text-slate-900 text-slate-900" : "text-white"}`}>
      {children}
    </Link>
  );
}
