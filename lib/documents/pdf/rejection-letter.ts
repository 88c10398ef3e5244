// The letter that tells an applicant their application is rejected: number, addressee, the application
// and permit type, the reasons, who decided, what the applicant can do, the signature and the QR code.
// It says only what the portal offers: applying again, and asking the office about the decision.
import { formatIndonesianDate, type DateInput } from "@/lib/calendar/format-date";
import { PageFlow, toMoment, type Letterhead, type Signer } from "@/lib/documents/pdf/layout";

export interface RejectionLetterData {
  office: Letterhead;
  letterNumber: string;
  letterDate: DateInput;
  /** City where the letter is written ("Bandung, 24 November 2026"). */
  place: string;
  addressee: {
    /** As addressed, e.g. "Sdr. Budi Santoso" or "Direktur PT Maju Bersama". */
    name: string;
    address?: string;
  };
  registrationNumber: string;
  submittedAt?: DateInput;
  permitTypeName: string;
  /** Why the application is rejected; at least one. */
  reasons: string[];
  /** The officer who decided, by name and position; the signer, when the head decided. */
  decidedBy: { name: string; position: string };
  /** Where to ask about the decision (the office's address and contact). */
  enquiries: string;
  /** The portal's address, where the applicant can apply again. */
  portalUrl: string;
  signer: Signer;
  /** Copies to (Tembusan). */
  copies?: string[];
  verificationUrl: string;
  /** The issuing office's time zone (Office.timeZone): instants are dated on its calendar. */
  timeZone: string;
}

export async function renderRejectionLetter(data: RejectionLetterData): Promise<Uint8Array> {
  const { timeZone } = data;
  const subject = `Penolakan Permohonan ${data.permitTypeName}`;
  const flow = await PageFlow.create({
    title: `Surat Nomor ${data.letterNumber}: ${subject}`,
    subject: `${subject}, nomor pendaftaran ${data.registrationNumber}`,
    keywords: [data.letterNumber, data.registrationNumber, data.permitTypeName, data.addressee.name],
    author: `${data.office.office}, ${data.office.government}`,
    createdAt: toMoment(data.letterDate),
    verificationUrl: data.verificationUrl,
    runningHead: `Surat Nomor ${data.letterNumber} tentang ${subject} (lanjutan)`,
  });
  await flow.letterhead(data.office);

  const dateLine = `${data.place}, ${formatIndonesianDate(data.letterDate, timeZone)}`;
  const dateWidth = flow.measure(dateLine) + 2;
  const startY = flow.y;
  flow.row([{ text: dateLine, x: flow.right - dateWidth, width: dateWidth }]);
  flow.y = startY;
  flow.fields(
    [
      { label: "Nomor", value: data.letterNumber },
      { label: "Sifat", value: "Penting" },
      { label: "Lampiran", value: "-" },
      { label: "Hal", value: subject },
    ],
    { labelWidth: 60, width: flow.width - dateWidth - 16 },
  );
  flow.gap(14);

  flow.paragraph("Yth.");
  flow.paragraph(data.addressee.name, { font: "bold" });
  if (data.addressee.address) flow.paragraph(data.addressee.address, { width: flow.width * 0.6 });
  flow.paragraph("di tempat");
  flow.gap(14);

  const justify = { align: "justify" as const };
  flow.paragraph("Dengan hormat,");
  flow.gap(6);
  const submitted = data.submittedAt ? ` tanggal ${formatIndonesianDate(data.submittedAt, timeZone)}` : "";
  flow.paragraph(
    `Menindaklanjuti permohonan ${data.permitTypeName} yang Saudara ajukan dengan nomor pendaftaran ` +
      `${data.registrationNumber}${submitted}, setelah dilakukan pemeriksaan atas persyaratan dan data permohonan, ` +
      "dengan ini kami sampaikan bahwa permohonan tersebut DITOLAK dengan alasan sebagai berikut:",
    justify,
  );
  flow.gap(4);
  flow.list(data.reasons, { x: flow.left + 12, itemGap: 2 });
  flow.gap(8);

  flow.paragraph(`Penolakan ini diputuskan oleh ${data.decidedBy.name}, ${data.decidedBy.position}.`, justify);
  flow.gap(8);
  flow.paragraph("Atas penolakan ini, Saudara dapat:", justify);
  flow.gap(2);
  flow.list(
    [
      `mengajukan permohonan kembali melalui ${data.portalUrl} setelah memenuhi persyaratan dan ketentuan yang ` +
        "menjadi alasan penolakan sebagaimana tersebut di atas; dan",
      `menanyakan penolakan ini kepada kami di ${data.enquiries}, dengan menyebutkan nomor pendaftaran ${data.registrationNumber}.`,
    ],
    { x: flow.left + 12, marker: (i) => `${String.fromCharCode(97 + i)}.`, itemGap: 2 },
  );
  flow.gap(8);
  const closing = "Demikian kami sampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.";
  const signature = { signer: data.signer };
  flow.ensure(flow.rowHeight([{ text: closing, x: flow.left, width: flow.width }]) + 16 + flow.signatureBlockHeight(signature));
  flow.paragraph(closing, justify);
  flow.gap(16);
  flow.signatureBlock(signature);

  if (data.copies?.length) {
    flow.gap(8);
    flow.heading("Tembusan:", { font: "regular", size: 9.5 });
    flow.list(data.copies, { style: { size: 9.5 }, align: "left" });
  }
  return flow.finish();
}
