// The documents of risk-based business licensing (PP 5/2021): the Nomor Induk Berusaha (NIB) and the
// self-declared Sertifikat Standar. Both show the business, its activities by KBLI with scale, risk level
// and status, the basic requirements still owed (commitments), the electronic signature and the QR code.
import { formatIndonesianDate, type DateInput } from "@/lib/calendar/format-date";
import { PageFlow, toMoment, type Column, type Letterhead, type Signer, type SignatureOptions, type TextStyle } from "@/lib/documents/pdf/layout";

export interface BusinessCertificateActivity {
  /** "56101" */
  kbli: string;
  /** The KBLI title in Indonesian. */
  title: string;
  /** Address of the activity. */
  location: string;
  /** "Usaha Mikro" | "Usaha Kecil" | "Usaha Menengah" | "Usaha Besar" (already a label). */
  scale: string;
  /** "Rendah" | "Menengah Rendah" | "Menengah Tinggi" | "Tinggi" (already a label). */
  riskLevel: string;
  /**
   * What the activity has so far, e.g. "NIB", "Sertifikat Standar", "Sertifikat Standar (menunggu
   * verifikasi)", "Izin (dalam proses)", "Menunggu penetapan risiko".
   */
  status: string;
}

export interface BusinessCertificateData {
  /** "nib": Perizinan Berusaha Berbasis Risiko - Nomor Induk Berusaha; "standard": Sertifikat Standar (self-declared). */
  kind: "nib" | "standard";
  office: Letterhead;
  /** For "nib" the 13-digit NIB; for "standard" the certificate number. */
  number: string;
  /** 13 digits. */
  nib: string;
  business: {
    /** "CV Maju Jaya", or the person's name. */
    name: string;
    /** Label: "Perorangan", "Perseroan Terbatas (PT)", ... */
    form: string;
    address: string;
    /** Shown when present. */
    npwp?: string;
    /** For individuals; shown in full, the document belongs to its holder. */
    nik?: string;
    /** "Akta No. 12 tanggal 3 Maret 2024", already formatted. */
    deed?: string;
    /** Formatted rupiah, e.g. "Rp 250.000.000". */
    capital: string;
  };
  /** May be many (30+): the table flows across pages. */
  activities: BusinessCertificateActivity[];
  /**
   * Basic requirements still to fulfil, e.g. { requirement: "Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)",
   * kbli: "56101", due: "2027-05-23" }.
   */
  commitments: { requirement: string; kbli: string; due: string }[];
  /** For "standard": the self-declaration the business accepted, printed under "Pernyataan Mandiri". */
  statement?: string;
  /** For "standard": the closing note on what the certificate rests on; by default the self-declaration. */
  note?: string;
  issuedAt: DateInput;
  issuedPlace: string;
  signer: Signer;
  verificationUrl: string;
  /** The issuing office's time zone (Office.timeZone): instants are dated on its calendar. */
  timeZone: string;
}

const LEGAL_BASIS =
  "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perpu Nomor 2 Tahun 2022 tentang Cipta Kerja dan " +
  "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko";

const NIB_NOTES = [
  "NIB ini berlaku selama pelaku usaha menjalankan kegiatan usahanya sesuai ketentuan peraturan perundang-undangan.",
  "Untuk kegiatan berisiko rendah, NIB merupakan perizinan berusaha.",
];

const STANDARD_NOTE =
  "Sertifikat Standar ini diterbitkan berdasarkan pernyataan mandiri pelaku usaha untuk kegiatan usaha dengan " +
  "tingkat risiko menengah rendah (Pasal 12 PP 5/2021).";

// Six columns on A4 leave little room. The weights are close to points (the table is about 469 pt wide):
// the KBLI code, the scale labels ("Usaha Besar") and "(menunggu verifikasi)" in the status each just fit
// on one line at 8.5 pt, and the free text (title, location) takes the rest.
const ACTIVITY_COLUMNS: Column[] = [
  { header: "KBLI", weight: 33, align: "center" },
  { header: "Judul KBLI", weight: 132 },
  { header: "Lokasi", weight: 100 },
  { header: "Skala", weight: 58 },
  { header: "Tingkat Risiko", weight: 56 },
  { header: "Status", weight: 90 },
];

const COMMITMENT_COLUMNS: Column[] = [
  { header: "No", weight: 6, align: "center" },
  { header: "Persyaratan", weight: 56 },
  { header: "KBLI", weight: 12, align: "center" },
  { header: "Batas waktu", weight: 22, align: "center" },
];

const TABLE_STYLE = { style: { size: 8.5 }, headerStyle: { size: 8 } };

export async function renderBusinessCertificate(data: BusinessCertificateData): Promise<Uint8Array> {
  const { timeZone } = data;
  const { business } = data;
  const nib = data.kind === "nib";
  const documentName = nib ? `Nomor Induk Berusaha ${data.nib}` : `Sertifikat Standar Nomor ${data.number}`;
  const flow = await PageFlow.create({
    title: nib
      ? `Perizinan Berusaha Berbasis Risiko: NIB ${data.nib} atas nama ${business.name}`
      : `Sertifikat Standar Nomor ${data.number} (NIB ${data.nib}) atas nama ${business.name}`,
    subject: nib
      ? `Nomor Induk Berusaha ${data.nib} atas nama ${business.name}`
      : `Sertifikat Standar berdasarkan pernyataan mandiri, NIB ${data.nib}, atas nama ${business.name}`,
    keywords: [...new Set([data.nib, data.number, business.name, nib ? "Nomor Induk Berusaha" : "Sertifikat Standar", "Perizinan Berusaha Berbasis Risiko"])],
    author: `${data.office.office}, ${data.office.government}`,
    createdAt: toMoment(data.issuedAt),
    verificationUrl: data.verificationUrl,
    runningHead: `${documentName} atas nama ${business.name} (lanjutan)`,
  });
  await flow.letterhead(data.office);

  const title: TextStyle = { font: "bold", size: 13, leading: 1.3 };
  if (nib) {
    flow.paragraph("PERIZINAN BERUSAHA BERBASIS RISIKO", { ...title, align: "center" });
    flow.paragraph(`NOMOR INDUK BERUSAHA: ${data.nib}`, { ...title, size: 12, align: "center", balance: true });
  } else {
    flow.paragraph("SERTIFIKAT STANDAR", { ...title, align: "center" });
    flow.paragraph(`Nomor: ${data.number}`, { size: 10.5, align: "center", balance: true });
    flow.paragraph(`NIB: ${data.nib}`, { size: 10.5, align: "center" });
  }
  flow.gap(12);

  const justify = { align: "justify" as const };
  flow.paragraph(
    `Berdasarkan ${LEGAL_BASIS}, ${issuingOffice(data.office)} menerbitkan ` +
      (nib ? "Nomor Induk Berusaha (NIB)" : "Sertifikat Standar") +
      " kepada:",
    justify,
  );
  flow.gap(4);
  flow.fields(
    [
      { label: "Nama pelaku usaha", value: business.name },
      { label: "Bentuk usaha", value: business.form },
      ...(business.nik ? [{ label: "NIK", value: business.nik }] : []),
      ...(business.npwp ? [{ label: "NPWP", value: business.npwp }] : []),
      ...(business.deed ? [{ label: "Akta", value: business.deed }] : []),
      { label: "Alamat", value: business.address },
      { label: "Modal usaha", value: business.capital },
    ],
    { x: flow.left + 12, labelWidth: 118 },
  );
  flow.gap(12);

  flow.heading(nib ? "Kegiatan usaha:" : "Kegiatan usaha yang dicakup Sertifikat Standar ini:");
  flow.gap(2);
  if (data.activities.length) {
    flow.table(
      ACTIVITY_COLUMNS,
      data.activities.map((a) => [a.kbli, a.title, a.location, a.scale, a.riskLevel, a.status]),
      TABLE_STYLE,
    );
  } else {
    flow.paragraph("Belum ada kegiatan usaha yang tercatat.", { x: flow.left + 12 });
  }
  flow.gap(12);

  if (!nib && data.statement?.trim()) {
    flow.heading("Pernyataan Mandiri");
    flow.gap(2);
    flow.paragraph(data.statement.trim(), justify);
    flow.gap(12);
  }

  if (data.commitments.length) {
    flow.heading("Kewajiban yang harus dipenuhi");
    flow.gap(2);
    flow.table(
      COMMITMENT_COLUMNS,
      data.commitments.map((c, i) => [`${i + 1}`, c.requirement, c.kbli, formatIndonesianDate(c.due, timeZone)]),
      TABLE_STYLE,
    );
    flow.gap(12);
  }

  const signature: SignatureOptions = {
    signer: data.signer,
    uppercasePosition: true,
    placeAndDate: [
      { label: "Diterbitkan di", value: data.issuedPlace },
      { label: "pada tanggal", value: formatIndonesianDate(data.issuedAt, timeZone) },
    ],
  };
  // The closing notes go with the signature (as the decree's last dictum does), so that the signature
  // never stands alone on a page; hence for the Sertifikat Standar the note follows the commitments.
  const noteX = flow.left + 12;
  const noteWidth = flow.right - noteX;
  if (nib) {
    const listHeight = NIB_NOTES.reduce(
      (sum, note, i) =>
        sum +
        flow.rowHeight([
          { text: `${i + 1}.`, x: noteX, width: 20 },
          { text: note, x: noteX + 20, width: noteWidth - 20 },
        ]),
      0,
    );
    flow.ensure(flow.lineHeight({ font: "bold" }) + listHeight + 18 + flow.signatureBlockHeight(signature));
    flow.heading("Keterangan:");
    flow.list(NIB_NOTES, { x: noteX, width: noteWidth });
  } else {
    const note = data.note?.trim() || STANDARD_NOTE;
    flow.ensure(flow.rowHeight([{ text: note, x: flow.left, width: flow.width }]) + 18 + flow.signatureBlockHeight(signature));
    flow.paragraph(note, justify);
  }
  flow.gap(18);
  flow.signatureBlock(signature);
  return flow.finish();
}

/**
 * The office as named in running text: "Dinas ... Satu Pintu Kota Bandung" from the letterhead's office
 * and its government ("Pemerintah Kota Bandung"), which is how the office styles itself in its decisions.
 */
function issuingOffice(head: Letterhead) {
  const region = head.government.replace(/^pemerintah\s+/i, "");
  return region === head.government ? `${head.office}, ${head.government}` : `${head.office} ${region}`;
}
