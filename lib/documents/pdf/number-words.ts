// Small whole numbers written out in Indonesian, as legal texts write periods out ("21 (dua puluh satu)").

const UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

/** Whole numbers 0-999 in words ("dua puluh satu"), as legal texts write periods out. */
export function indonesianNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 12) return UNITS[n]!;
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ""}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? "seratus" : `${UNITS[hundreds]} ratus`}${rest ? ` ${indonesianNumberWords(rest)}` : ""}`;
}
