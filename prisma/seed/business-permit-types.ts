// The four permit types through which risk-based business licensing runs (DESIGN.md section 4). They
// are not applied for from the catalogue: registering a business activity creates their files.
import type { FieldDefinition, PermitTypeDefinition, Text } from "@/lib/catalogue/definition";
import { BUSINESS_PERMIT_CODES } from "@/lib/business/permit-codes";

const t = (id: string, en: string): Text => ({ id, en });
const text = (key: string, label: Text, maxLength = 300): FieldDefinition => ({ key, type: "text", label, required: true, maxLength });

/** The business and the activity, as registered; filled in by the portal, not typed by the applicant. */
const ACTIVITY_FIELDS: FieldDefinition[] = [
  text("businessName", t("Nama pelaku usaha", "Business actor")),
  text("businessForm", t("Bentuk usaha", "Legal form"), 60),
  text("nib", t("Nomor Induk Berusaha (NIB)", "Business identification number (NIB)"), 13),
  text("kbli", t("Kode KBLI", "KBLI code"), 5),
  text("kbliTitle", t("Judul KBLI", "KBLI title")),
  text("activityLocation", t("Lokasi usaha", "Business location"), 500),
  text("scale", t("Skala usaha", "Business scale"), 40),
  text("riskLevel", t("Tingkat risiko", "Risk level"), 40),
];

const L_CIPTA_KERJA = t(
  "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perpu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
  "Law No. 6 of 2023 on the Job Creation Government Regulation in Lieu of Law No. 2 of 2022",
);
const L_PP5 = t(
  "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
  "Government Regulation No. 5 of 2021 on Risk-Based Business Licensing",
);
const L_PERBA = t(
  "Peraturan BKPM Nomor 4 Tahun 2021 tentang Pedoman dan Tata Cara Pelayanan Perizinan Berusaha Berbasis Risiko dan Fasilitas Penanaman Modal",
  "BKPM Regulation No. 4 of 2021 on Guidelines and Procedures for Risk-Based Business Licensing and Investment Facilities",
);
const basis = (...items: Text[]) => ({ id: items.map((i) => i.id).join("\n"), en: items.map((i) => i.en).join("\n") });

const CHECKLIST: Text[] = [
  t("Lokasi dan kegiatan usaha sesuai dengan data yang didaftarkan", "The location and activity match the registration"),
  t("Standar usaha sesuai KBLI terpenuhi (sarana, prasarana, tenaga kerja)", "The business standard of the KBLI is met (facilities, staff)"),
  t("Pengelolaan lingkungan dan limbah", "Environmental and waste management"),
  t("Keselamatan dan kesehatan kerja", "Occupational health and safety"),
];

export const BUSINESS_PERMIT_TYPES: PermitTypeDefinition[] = [
  {
    code: BUSINESS_PERMIT_CODES.nib,
    category: "business",
    agencyCode: "DISPERINDAG",
    name: t("Nomor Induk Berusaha (NIB)", "Business Identification Number (NIB)"),
    description: t(
      "NIB adalah identitas pelaku usaha. NIB terbit saat pelaku usaha pertama kali mendaftarkan kegiatan usahanya, dan untuk kegiatan berisiko rendah NIB sekaligus menjadi izin usahanya.",
      "The NIB identifies a business actor. It is issued when the business first registers its activities, and for low-risk activities it is the business licence.",
    ),
    output: t("Nomor Induk Berusaha (NIB)", "Business Identification Number (NIB)"),
    workflow: "instant",
    slaDays: 0,
    feeRupiah: 0,
    validityMonths: null,
    legalBasis: basis(L_CIPTA_KERJA, L_PP5, L_PERBA),
    decreeNumberTemplate: "NIB/{seq}/{year}",
    deemedApproval: false,
    fields: [ACTIVITY_FIELDS[0]!, ACTIVITY_FIELDS[1]!, ACTIVITY_FIELDS[2]!],
    documents: [],
  },
  {
    code: BUSINESS_PERMIT_CODES.selfDeclared,
    category: "business",
    agencyCode: "DISPERINDAG",
    name: t("Sertifikat Standar (pernyataan mandiri)", "Standard Certificate (self-declaration)"),
    description: t(
      "Untuk kegiatan berisiko menengah rendah, Sertifikat Standar terbit seketika berdasarkan pernyataan mandiri pelaku usaha bahwa ia memenuhi standar usaha.",
      "For medium-low risk activities the Standard Certificate is issued at once on the business's own declaration that it meets the business standard.",
    ),
    output: t("Sertifikat Standar", "Standard Certificate"),
    workflow: "instant",
    slaDays: 0,
    feeRupiah: 0,
    validityMonths: null,
    legalBasis: basis(L_CIPTA_KERJA, L_PP5, L_PERBA),
    decreeNumberTemplate: "SS/{seq}/DPMPTSP/{romanMonth}/{year}",
    deemedApproval: false,
    fields: ACTIVITY_FIELDS,
    documents: [],
  },
  {
    code: BUSINESS_PERMIT_CODES.verified,
    category: "business",
    agencyCode: "DISPERINDAG",
    name: t("Sertifikat Standar (terverifikasi)", "Standard Certificate (verified)"),
    description: t(
      "Untuk kegiatan berisiko menengah tinggi, dinas teknis yang membidangi kegiatan usaha memverifikasi pemenuhan standar usaha sebelum Sertifikat Standar terbit.",
      "For medium-high risk activities, the agency in charge of the sector verifies that the business standard is met before the Standard Certificate is issued.",
    ),
    output: t("Sertifikat Standar", "Standard Certificate"),
    workflow: "verification",
    slaDays: 5,
    feeRupiah: 0,
    validityMonths: null,
    legalBasis: basis(L_CIPTA_KERJA, L_PP5, L_PERBA),
    decreeNumberTemplate: "503/{seq}/SS-V/DPMPTSP/{romanMonth}/{year}",
    deemedApproval: false,
    fields: ACTIVITY_FIELDS,
    inspectionChecklist: CHECKLIST,
    documents: [],
  },
  {
    code: BUSINESS_PERMIT_CODES.licence,
    category: "business",
    agencyCode: "DISPERINDAG",
    name: t("Izin Usaha (risiko tinggi)", "Business Licence (high risk)"),
    description: t(
      "Untuk kegiatan berisiko tinggi, izin terbit setelah pemeriksaan lapangan oleh tim teknis dinas yang membidangi kegiatan usaha dan persetujuan Kepala DPMPTSP.",
      "For high-risk activities the licence is issued after a site inspection by the technical team of the agency in charge of the sector and the approval of the head of the office.",
    ),
    output: t("Izin Usaha", "Business Licence"),
    workflow: "survey",
    slaDays: 5,
    feeRupiah: 0,
    validityMonths: 60,
    legalBasis: basis(L_CIPTA_KERJA, L_PP5, L_PERBA),
    decreeNumberTemplate: "503/{seq}/IZIN-USAHA/DPMPTSP/{romanMonth}/{year}",
    deemedApproval: false,
    fields: ACTIVITY_FIELDS,
    inspectionChecklist: CHECKLIST,
    documents: [],
  },
];
