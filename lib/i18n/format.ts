// Formatting that next-intl's formatter does not cover in the portal's house style.

/** Rupiah without decimals, e.g. "Rp 150.000" (id) or "IDR 150,000" (en). */
export function formatRupiah(amount: number, locale: string) {
  return new Intl.NumberFormat(locale === "en" ? "en-ID" : "id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount);
}

/** File sizes as people read them: 850 KB, 2.4 MB. */
export function formatFileSize(bytes: number, locale: string) {
  const number = new Intl.NumberFormat(locale === "en" ? "en" : "id", { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
