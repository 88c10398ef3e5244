// The letter that tells an applicant their application is rejected: number, addressee, the application
// and permit type, the reasons, the right to apply again and to object, the signature and the QR code.
import { formatIndonesianDate, type DateInput } from "@/lib/calendar/format-date";
import { indonesianNumberWords } from "@/lib/documents/pdf/number-words";
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
  /** Working days to lodge an objection (UU 30/2014 on government administration: 21). */
  objectionDays?: number;
  /** To whom an objection is addressed; defaults to the signer's position. */
  objectionTo?: string;
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

  const days = data.objectionDays ?? 21;
  const objectionTo = data.objectionTo ?? data.signer.position;
  flow.paragraph("Atas penolakan ini, Saudara berhak:", justify);
  flow.gap(2);
  flow.list(
    [
      "mengajukan permohonan kembali setelah memenuhi persyaratan dan ketentuan yang menjadi alasan penolakan " +
        "sebagaimana tersebut di atas; dan",
      `mengajukan keberatan secara tertulis kepada ${objectionTo} dalam jangka waktu paling lama ${days} ` +
        `(${indonesianNumberWords(days)}) hari kerja sejak surat ini diterima, sesuai dengan ketentuan peraturan ` +
        "perundang-undangan di bidang administrasi pemerintahan.",
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
