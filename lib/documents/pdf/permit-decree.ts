// The issued permit as a decree (Surat Keputusan) of the office: letterhead, title and number, the
// considerations and legal basis, the dicta (holder and permit details, validity, conditions), the
// electronic signature and the verification QR code.
import { rgb } from "pdf-lib";
import { formatIndonesianDate, type DateInput } from "@/lib/calendar/format-date";
import { PageFlow, toMoment, type Letterhead, type Signer, type TextStyle } from "@/lib/documents/pdf/layout";

export interface PermitDecreeData {
  office: Letterhead;
  /** "Persetujuan Bangunan Gedung" */
  permitTypeName: string;
  decreeNumber: string;
  /** The application's registration number (REG-2026-000123), cited in the considerations. */
  registrationNumber?: string;
  holder: {
    name: string;
    /** Shown in full: the document belongs to its holder. */
    nik: string;
    address?: string;
  };
  /** Key details of the permit (business name, location, area...), in order. */
  fields: { label: string; value: string }[];
  validFrom?: DateInput | null;
  validUntil?: DateInput | null;
  /** Obligations of the holder; may be empty. */
  conditions: string[];
  /** The legal basis ("Dasar hukum"); one regulation per line gives a numbered list. */
  legalBasis: string;
  /** Replaces the standard consideration ("Menimbang"). */
  considering?: string;
  issuedAt: DateInput;
  /** City where the decree is made ("Ditetapkan di"). */
  issuedPlace: string;
  signer: Signer;
  /** Issued because no decision was made within the service time (fiktif positif). */
  deemedApproval?: boolean;
  verificationUrl: string;
  /** The issuing office's time zone (Office.timeZone): instants are dated on its calendar. */
  timeZone: string;
}

const DICTUM = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH"];
const DEEMED_RED = rgb(0.62, 0.05, 0.05);

export async function renderPermitDecree(data: PermitDecreeData): Promise<Uint8Array> {
  const { timeZone } = data;
  const issuer = data.signer.position;
  const flow = await PageFlow.create({
    title: `Keputusan Nomor ${data.decreeNumber} tentang ${data.permitTypeName}`,
    subject: `${data.permitTypeName} atas nama ${data.holder.name}`,
    keywords: [data.decreeNumber, data.permitTypeName, data.holder.name, ...(data.registrationNumber ? [data.registrationNumber] : [])],
    author: `${data.office.office}, ${data.office.government}`,
    createdAt: toMoment(data.issuedAt),
    verificationUrl: data.verificationUrl,
    runningHead: `Keputusan Nomor ${data.decreeNumber} tentang ${data.permitTypeName} (lanjutan)`,
  });
  await flow.letterhead(data.office);

  const title: TextStyle = { font: "bold", size: 11.5, leading: 1.3 };
  flow.paragraph(`KEPUTUSAN ${issuer.toUpperCase()}`, { ...title, align: "center", balance: true });
  flow.paragraph(`NOMOR ${data.decreeNumber}`, { ...title, align: "center" });
  flow.gap(4);
  flow.paragraph("TENTANG", { ...title, align: "center" });
  flow.paragraph(data.permitTypeName.toUpperCase(), { ...title, align: "center", balance: true });
  flow.gap(10);

  if (data.deemedApproval) {
    const top = flow.y;
    const note =
      "Permohonan ini dianggap dikabulkan secara hukum karena keputusan tidak ditetapkan dalam batas waktu " +
      "pelayanan, sesuai ketentuan peraturan perundang-undangan di bidang administrasi pemerintahan.";
    const inner = flow.width - 24;
    const height = 12 + flow.lineHeight({ font: "bold", size: 12 }) + flow.wrap(note, { size: 8.5 }, inner).length * flow.lineHeight({ size: 8.5 }) + 8;
    flow.ensure(height + 4);
    flow.page.drawRectangle({ x: flow.left, y: flow.y - height, width: flow.width, height, borderWidth: 1.6, borderColor: DEEMED_RED });
    flow.gap(8);
    flow.paragraph("DIANGGAP DISETUJUI (fiktif positif)", { font: "bold", size: 12, color: DEEMED_RED, align: "center" });
    flow.paragraph(note, { size: 8.5, color: DEEMED_RED, align: "center", x: flow.left + 12, width: inner });
    flow.y = Math.min(flow.y, top - height) - 12;
  }

  flow.paragraph(`${issuer.toUpperCase()},`, { font: "bold", size: 10.5, align: "center", balance: true });
  flow.gap(10);

  const labelWidth = 78;
  const colon = 10;
  const contentX = flow.left + labelWidth + colon;
  const contentWidth = flow.right - contentX;
  const section = (label: string, text: string, style: TextStyle = {}) =>
    flow.row([
      { text: label, x: flow.left, width: labelWidth },
      { text: ":", x: flow.left + labelWidth, width: colon },
      { text, x: contentX, width: contentWidth, style, align: "justify" },
    ]);

  const registration = data.registrationNumber ? ` dengan nomor pendaftaran ${data.registrationNumber}` : "";
  const considering =
    data.considering ??
    (data.deemedApproval
      ? `bahwa permohonan ${data.permitTypeName} atas nama ${data.holder.name}${registration} tidak ditetapkan keputusannya ` +
        `dalam batas waktu pelayanan sehingga menurut hukum dianggap dikabulkan, dan oleh karena itu perlu menetapkan ` +
        `Keputusan tentang ${data.permitTypeName};`
      : `bahwa berdasarkan permohonan ${data.permitTypeName} atas nama ${data.holder.name}${registration} dan hasil ` +
        `pemeriksaan persyaratan, pemohon telah memenuhi persyaratan untuk diberikan ${data.permitTypeName}, sehingga ` +
        `perlu menetapkan Keputusan tentang ${data.permitTypeName};`);
  section("Menimbang", considering);
  flow.gap(6);

  const basis = data.legalBasis
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (basis.length > 1) {
    flow.row([
      { text: "Dasar hukum", x: flow.left, width: labelWidth },
      { text: ":", x: flow.left + labelWidth, width: colon },
      { text: "1.", x: contentX, width: 20 },
      { text: basis[0]!, x: contentX + 20, width: contentWidth - 20, align: "justify" },
    ]);
    flow.list(basis.slice(1), { x: contentX, width: contentWidth, marker: (i) => `${i + 2}.` });
  } else {
    section("Dasar hukum", basis[0] ?? "-");
  }

  flow.gap(10);
  flow.heading("MEMUTUSKAN:", { align: "center" });
  flow.gap(6);
  section("Menetapkan", `KEPUTUSAN ${issuer.toUpperCase()} TENTANG ${data.permitTypeName.toUpperCase()}.`, { font: "bold" });
  flow.gap(6);

  let dictum = 0;
  const nextDictum = () => DICTUM[dictum++] ?? `KE-${dictum}`;

  section(nextDictum(), `Memberikan ${data.permitTypeName} kepada:`);
  flow.gap(2);
  flow.fields(
    [
      { label: "Nama", value: data.holder.name },
      { label: "NIK", value: data.holder.nik },
      ...(data.holder.address ? [{ label: "Alamat", value: data.holder.address }] : []),
      ...data.fields,
    ],
    { x: contentX, labelWidth: 118, width: contentWidth },
  );
  flow.gap(6);

  section(nextDictum(), validityText(data, timeZone));
  flow.gap(6);

  const conditionsDictum = data.conditions.length ? nextDictum() : undefined;
  if (conditionsDictum) {
    section(conditionsDictum, "Pemegang izin wajib memenuhi ketentuan sebagai berikut:");
    flow.gap(2);
    flow.list(data.conditions, { x: contentX, width: contentWidth });
    flow.gap(6);
  }

  section(
    nextDictum(),
    `${data.permitTypeName} ini dapat dicabut apabila pemegang izin tidak memenuhi ` +
      (conditionsDictum ? `ketentuan sebagaimana dimaksud dalam Diktum ${conditionsDictum}` : "ketentuan peraturan perundang-undangan") +
      ", atau apabila di kemudian hari diketahui bahwa data dan keterangan yang disampaikan tidak benar.",
  );
  flow.gap(6);
  const signature = {
    signer: data.signer,
    uppercasePosition: true,
    placeAndDate: [
      { label: "Ditetapkan di", value: data.issuedPlace },
      { label: "pada tanggal", value: formatIndonesianDate(data.issuedAt, timeZone) },
    ],
  };
  const closing =
    "Keputusan ini mulai berlaku pada tanggal ditetapkan, dengan ketentuan apabila di kemudian hari terdapat " +
    "kekeliruan dalam penetapannya akan diadakan perbaikan sebagaimana mestinya.";
  // The last dictum goes with the signature, so that the signature never stands alone on a page.
  flow.ensure(flow.rowHeight([{ text: closing, x: contentX, width: contentWidth }]) + 18 + flow.signatureBlockHeight(signature));
  section(nextDictum(), closing);
  flow.gap(18);
  flow.signatureBlock(signature);
  return flow.finish();
}

function validityText(data: PermitDecreeData, timeZone: string) {
  const from = data.validFrom ? formatIndonesianDate(data.validFrom, timeZone) : undefined;
  const until = data.validUntil ? formatIndonesianDate(data.validUntil, timeZone) : undefined;
  const subject = `${data.permitTypeName} ini`;
  if (until) return `${subject} berlaku sejak tanggal ${from ?? "ditetapkan"} sampai dengan tanggal ${until}.`;
  if (from) return `${subject} berlaku sejak tanggal ${from} selama memenuhi ketentuan peraturan perundang-undangan.`;
  return `${subject} berlaku selama memenuhi ketentuan peraturan perundang-undangan.`;
}
