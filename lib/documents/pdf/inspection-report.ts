// The Berita Acara Pemeriksaan (BAP, the record of a field inspection): who inspected what, where and
// when, the checklist with its results, findings, the team's recommendation, each member's signature,
// the verification QR code and photos of the site.
import { formatIndonesianDate, formatTime, indonesianWeekday, type DateInput } from "@/lib/calendar/format-date";
import { GREY, PageFlow, toMoment, type Letterhead, type Photo, type TextStyle } from "@/lib/documents/pdf/layout";

export type ChecklistResult = "sesuai" | "tidak_sesuai" | "catatan";
export type InspectionRecommendation = "disetujui" | "disetujui_dengan_syarat" | "ditolak";

export interface InspectionTeamMember {
  name: string;
  /** Position (jabatan), e.g. "Penata Bangunan Ahli Muda". */
  position: string;
  /** The member's agency when it is not the inspecting agency. */
  agency?: string;
  /** Role in the team, e.g. "Ketua Tim", "Anggota". */
  role?: string;
  nip?: string;
  /** Confirmed the report in the portal; otherwise the line is left for a wet signature. */
  signedElectronically?: boolean;
}

export interface InspectionReportData {
  office: Letterhead;
  reportNumber: string;
  /** The technical agency whose team inspected (OPD teknis). */
  agency: string;
  permitTypeName: string;
  registrationNumber: string;
  applicantName: string;
  /** When the team was on site, as entered with the report: an instant states its time too. */
  visitedAt: DateInput;
  /** Where the inspection took place (the site's address). */
  surveyPlace: string;
  /** Members present at the inspection. */
  team: InspectionTeamMember[];
  checklist: { item: string; result: ChecklistResult; note?: string }[];
  findings: string[];
  recommendation: InspectionRecommendation;
  /** Conditions attached to the recommendation (above all for "disetujui_dengan_syarat"). */
  conditions?: string[];
  /** Site photos (JPEG or PNG), attached after the signatures, four to a page. */
  photos?: Photo[];
  verificationUrl: string;
  /** The issuing office's time zone (Office.timeZone): instants are dated on its calendar. */
  timeZone: string;
}

const RESULT_LABEL: Record<ChecklistResult, string> = {
  sesuai: "Sesuai",
  tidak_sesuai: "Tidak sesuai",
  catatan: "Catatan",
};

const RECOMMENDATION_LABEL: Record<InspectionRecommendation, string> = {
  disetujui: "DISETUJUI",
  disetujui_dengan_syarat: "DISETUJUI DENGAN SYARAT",
  ditolak: "DITOLAK",
};

export async function renderInspectionReport(data: InspectionReportData): Promise<Uint8Array> {
  const { timeZone } = data;
  const flow = await PageFlow.create({
    title: `Berita Acara Pemeriksaan Nomor ${data.reportNumber}`,
    subject: `Pemeriksaan lapangan ${data.permitTypeName}, nomor pendaftaran ${data.registrationNumber}`,
    keywords: [data.reportNumber, data.registrationNumber, data.permitTypeName, data.applicantName],
    author: `${data.office.office}, ${data.office.government}`,
    createdAt: toMoment(data.visitedAt),
    verificationUrl: data.verificationUrl,
    runningHead: `Berita Acara Pemeriksaan Nomor ${data.reportNumber} (lanjutan)`,
  });
  await flow.letterhead(data.office);

  const title: TextStyle = { font: "bold", size: 12, leading: 1.3 };
  flow.paragraph("BERITA ACARA PEMERIKSAAN LAPANGAN", { ...title, align: "center" });
  flow.paragraph(data.permitTypeName.toUpperCase(), { ...title, size: 11, align: "center", balance: true });
  flow.paragraph(`Nomor: ${data.reportNumber}`, { size: 10.5, align: "center" });
  flow.gap(12);

  const justify = { align: "justify" as const };
  const visitTime = data.visitedAt instanceof Date ? formatTime(data.visitedAt, "id", timeZone) : null;
  flow.paragraph(
    `Pada hari ini ${indonesianWeekday(data.visitedAt, timeZone)}, tanggal ${formatIndonesianDate(data.visitedAt, timeZone)}${visitTime ? `, pukul ${visitTime}` : ""}, ` +
      `kami yang bertanda tangan di bawah ini, Tim Teknis ${data.agency}, telah melakukan pemeriksaan lapangan ` +
      `atas permohonan ${data.permitTypeName} dengan data sebagai berikut:`,
    justify,
  );
  flow.gap(4);
  flow.fields(
    [
      { label: "Nomor pendaftaran", value: data.registrationNumber },
      { label: "Nama pemohon", value: data.applicantName },
      { label: "Jenis izin", value: data.permitTypeName },
      { label: "Lokasi pemeriksaan", value: data.surveyPlace },
      { label: "Waktu pemeriksaan", value: `${formatIndonesianDate(data.visitedAt, timeZone)}${visitTime ? `, pukul ${visitTime}` : ""}` },
    ],
    { x: flow.left + 12, labelWidth: 120 },
  );
  flow.gap(12);

  flow.heading("A. Tim pemeriksa yang hadir");
  flow.gap(2);
  flow.table(
    [
      { header: "No", weight: 6, align: "center" },
      { header: "Nama / NIP", weight: 34 },
      { header: "Jabatan", weight: 32 },
      { header: "Peran", weight: 16 },
    ],
    data.team.map((member, i) => [
      `${i + 1}`,
      member.nip ? `${member.name}\nNIP. ${member.nip}` : member.name,
      member.agency ? `${member.position}, ${member.agency}` : member.position,
      member.role ?? "Anggota",
    ]),
  );
  flow.gap(12);

  flow.heading("B. Hasil pemeriksaan");
  flow.gap(2);
  flow.table(
    [
      { header: "No", weight: 6, align: "center" },
      { header: "Aspek yang diperiksa", weight: 44 },
      { header: "Hasil", weight: 15, align: "center" },
      { header: "Keterangan", weight: 35 },
    ],
    data.checklist.map((entry, i) => [`${i + 1}`, entry.item, RESULT_LABEL[entry.result], entry.note || "-"]),
  );
  flow.gap(12);

  flow.heading("C. Temuan");
  if (data.findings.length) flow.list(data.findings, { x: flow.left + 12 });
  else flow.paragraph("Tidak ada temuan.", { x: flow.left + 12 });
  flow.gap(12);

  flow.heading("D. Rekomendasi");
  flow.paragraph(`Berdasarkan hasil pemeriksaan di atas, Tim Teknis merekomendasikan permohonan tersebut:`, justify);
  flow.gap(4);
  flow.paragraph(RECOMMENDATION_LABEL[data.recommendation], { font: "bold", size: 11.5, align: "center" });
  if (data.conditions?.length) {
    flow.gap(4);
    flow.paragraph(
      data.recommendation === "ditolak" ? "dengan catatan sebagai berikut:" : "dengan syarat yang wajib dipenuhi pemohon sebagai berikut:",
      justify,
    );
    flow.list(data.conditions, { x: flow.left + 12 });
  }
  flow.gap(10);
  flow.paragraph("Demikian Berita Acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", justify);
  flow.gap(14);

  teamSignatures(flow, data);
  flow.gap(10);
  const qrHeight = 84 + 40;
  flow.ensure(qrHeight);
  const used = flow.drawQr(data.verificationUrl, flow.left, flow.y, 84, flow.width * 0.5);
  flow.y -= used + 6;

  if (data.photos?.length) {
    flow.addPage();
    flow.heading("LAMPIRAN: DOKUMENTASI FOTO PEMERIKSAAN", { align: "center", size: 11 });
    flow.gap(8);
    await flow.photoGrid(data.photos);
  }
  return flow.finish();
}

/** Two members to a row: role, the space to sign (or the electronic mark), name and NIP. */
function teamSignatures(flow: PageFlow, data: InspectionReportData) {
  flow.heading("Tim pemeriksa:", { font: "regular" });
  flow.gap(4);
  const columnWidth = (flow.width - 24) / 2;
  const small: TextStyle = { size: 9.5 };
  const bold: TextStyle = { size: 9.5, font: "bold" };
  for (let i = 0; i < data.team.length; i += 2) {
    const pair = data.team.slice(i, i + 2);
    const heights = pair.map(
      (member) =>
        flow.rowHeight([{ text: `${i + 1}. ${member.role ?? "Anggota"}`, x: 0, width: columnWidth, style: small }]) +
        44 +
        flow.rowHeight([{ text: member.name, x: 0, width: columnWidth, style: bold }]) +
        (member.nip ? flow.lineHeight(small) : 0),
    );
    const height = Math.max(...heights);
    flow.ensure(height + 12);
    const top = flow.y;
    pair.forEach((member, j) => {
      const x = flow.left + j * (columnWidth + 24);
      flow.y = top;
      flow.row([{ text: `${i + j + 1}. ${member.role ?? "Anggota"}`, x, width: columnWidth, style: small }]);
      const lineY = flow.y - 38;
      if (member.signedElectronically) {
        flow.drawString("Ditandatangani secara elektronik", x + 12, flow.y - 22, { font: "italic", size: 8, color: GREY });
      }
      flow.page.drawLine({ start: { x: x + 12, y: lineY }, end: { x: x + columnWidth - 12, y: lineY }, thickness: 0.5, dashArray: [1.5, 1.5] });
      flow.y = lineY - 4;
      flow.row([{ text: member.name, x: x + 12, width: columnWidth - 12, style: bold }]);
      if (member.nip) flow.row([{ text: `NIP. ${member.nip}`, x: x + 12, width: columnWidth - 12, style: small }]);
    });
    flow.y = top - height - 12;
  }
}
