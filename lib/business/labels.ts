// Indonesian wording of business licensing terms for issued documents and the data their files carry.
// The pages use the translation catalogue; documents are official and always in Indonesian.
import type { BasicRequirement, BusinessScale, RiskLevel } from "@/lib/risk/rules";
import id from "@/messages/id.json";
import type { BusinessFormCode } from "@/lib/business/save-business";

export const FORM_LABEL_ID: Record<BusinessFormCode, string> = {
  PERORANGAN: "Perorangan",
  PT: "Perseroan Terbatas (PT)",
  CV: "Persekutuan Komanditer (CV)",
  KOPERASI: "Koperasi",
  YAYASAN: "Yayasan",
  FIRMA: "Persekutuan Firma",
};

export const SCALE_LABEL_ID: Record<BusinessScale, string> = {
  MIKRO: "Usaha Mikro",
  KECIL: "Usaha Kecil",
  MENENGAH: "Usaha Menengah",
  BESAR: "Usaha Besar",
};

export const LEVEL_LABEL_ID: Record<RiskLevel, string> = {
  RENDAH: "Rendah",
  MENENGAH_RENDAH: "Menengah Rendah",
  MENENGAH_TINGGI: "Menengah Tinggi",
  TINGGI: "Tinggi",
};

/** What the level gives the business, as the NIB certificate lists it. */
export const LEVEL_OUTCOME_ID: Record<RiskLevel, string> = {
  RENDAH: "NIB sebagai perizinan berusaha",
  MENENGAH_RENDAH: "NIB dan Sertifikat Standar (pernyataan mandiri)",
  MENENGAH_TINGGI: "NIB dan Sertifikat Standar (diverifikasi)",
  TINGGI: "NIB dan Izin",
};

/** The requirements' official names, as the Indonesian pages show them. */
export const REQUIREMENT_LABEL_ID: Record<BasicRequirement, string> = id.business.requirements;
