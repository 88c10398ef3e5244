// Seed catalogue: the non-business permit types of a city DPMPTSP (SICANTIK style, DESIGN.md section 5).
// Each entry is one version of a permit type definition (lib/catalogue/definition.ts). The office admin
// reviews the requirements, legal basis and numbering against the city's own service standard
// (standar pelayanan) and Perda before going live; local rules often add or drop a document.
import type { DocumentDefinition, FieldDefinition, PermitTypeDefinition, Text } from "@/lib/catalogue/definition";

const t = (id: string, en: string): Text => ({ id, en });

/** Joins legal references, each given as [Indonesian, English]. */
function basis(...refs: [string, string][]): Text {
  return t(refs.map((r) => r[0]).join("; "), refs.map((r) => r[1]).join("; "));
}

// ---------------------------------------------------------------------------------------------
// Legal references used by several types.

const L_PELAYANAN_PUBLIK: [string, string] = [
  "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
  "Law No. 25 of 2009 on Public Services",
];
const L_PTSP: [string, string] = [
  "Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu",
  "Presidential Regulation No. 97 of 2014 on One-Stop Integrated Services",
];
const L_STANDAR_PELAYANAN: [string, string] = [
  "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan",
  "Minister of Administrative and Bureaucratic Reform Regulation No. 15 of 2014 on Service Standard Guidelines",
];
const L_ADMINISTRASI: [string, string] = [
  "Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023",
  "Law No. 30 of 2014 on Government Administration, as amended by Law No. 6 of 2023",
];
const L_KESEHATAN: [string, string] = [
  "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
  "Law No. 17 of 2023 on Health",
];
const L_PP_KESEHATAN: [string, string] = [
  "Peraturan Pemerintah Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
  "Government Regulation No. 28 of 2024 implementing Law No. 17 of 2023 on Health",
];
const L_KEFARMASIAN: [string, string] = [
  "Peraturan Menteri Kesehatan Nomor 889/MENKES/PER/V/2011 tentang Registrasi, Izin Praktik, dan Izin Kerja Tenaga Kefarmasian sebagaimana telah diubah dengan Peraturan Menteri Kesehatan Nomor 31 Tahun 2016",
  "Minister of Health Regulation No. 889/MENKES/PER/V/2011 on Registration, Practice Permits and Work Permits of Pharmaceutical Personnel, as amended by Minister of Health Regulation No. 31 of 2016",
];
const L_PB_KESEHATAN: [string, string] = [
  "Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan",
  "Minister of Health Regulation No. 14 of 2021 on Business Activity and Product Standards in Risk-Based Business Licensing in the Health Sector",
];
const L_SISDIKNAS: [string, string] = [
  "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
  "Law No. 20 of 2003 on the National Education System",
];
const L_PP_PENDIDIKAN: [string, string] = [
  "Peraturan Pemerintah Nomor 17 Tahun 2010 tentang Pengelolaan dan Penyelenggaraan Pendidikan sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 66 Tahun 2010",
  "Government Regulation No. 17 of 2010 on the Management and Provision of Education, as amended by Government Regulation No. 66 of 2010",
];
const L_SEKOLAH: [string, string] = [
  "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 36 Tahun 2014 tentang Pedoman Pendirian, Perubahan, dan Penutupan Satuan Pendidikan Dasar dan Menengah",
  "Minister of Education and Culture Regulation No. 36 of 2014 on Guidelines for Establishing, Changing and Closing Primary and Secondary Schools",
];
const L_PPLH: [string, string] = [
  "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup sebagaimana telah diubah dengan Undang-Undang Nomor 6 Tahun 2023",
  "Law No. 32 of 2009 on Environmental Protection and Management, as amended by Law No. 6 of 2023",
];
const L_PP_PPLH: [string, string] = [
  "Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup",
  "Government Regulation No. 22 of 2021 on Environmental Protection and Management",
];
const L_DAFTAR_WAJIB_LH: [string, string] = [
  "Peraturan Menteri Lingkungan Hidup dan Kehutanan Nomor 4 Tahun 2021 tentang Daftar Usaha dan/atau Kegiatan yang Wajib Memiliki Analisis Mengenai Dampak Lingkungan Hidup, Upaya Pengelolaan Lingkungan Hidup dan Upaya Pemantauan Lingkungan Hidup atau Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup",
  "Minister of Environment and Forestry Regulation No. 4 of 2021 on the List of Businesses and Activities Requiring an EIA (Amdal), UKL-UPL or an SPPL Statement",
];

// ---------------------------------------------------------------------------------------------
// Fields shared by many types.

function applicantFields(nameLabel: Text = t("Nama lengkap", "Full name"), nameHint?: Text): FieldDefinition[] {
  return [
    { key: "fullName", type: "text", label: nameLabel, hint: nameHint, required: true, maxLength: 150, prefill: "fullName" },
    {
      key: "nik",
      type: "nik",
      label: t("NIK", "National identity number (NIK)"),
      hint: t("16 digit, sesuai KTP.", "16 digits, as on your identity card (KTP)."),
      required: true,
      prefill: "nik",
    },
    {
      key: "email",
      type: "email",
      label: t("Email", "Email"),
      hint: t("Pemberitahuan tentang permohonan dikirim ke alamat ini.", "Notices about your application are sent to this address."),
      required: true,
      prefill: "email",
    },
    {
      key: "phone",
      type: "phone",
      label: t("Nomor HP", "Mobile number"),
      hint: t("Nomor yang aktif dan dapat dihubungi petugas.", "An active number the officers can call."),
      required: true,
      prefill: "phone",
    },
  ];
}

function areaField(key: string, label: Text, required: boolean, max: number, hint?: Text): FieldDefinition {
  return { key, type: "number", label, hint, required, min: 1, max, unit: t("m²", "m²") };
}

function countField(key: string, label: Text, min: number, max: number, required = true, hint?: Text): FieldDefinition {
  return { key, type: "number", label, hint, required, min, max, integer: true };
}

function contactPersonFields(): FieldDefinition[] {
  return applicantFields(
    t("Nama lengkap pemohon", "Applicant's full name"),
    t(
      "Pemohon adalah pemilik, pengurus, atau orang yang diberi kuasa oleh penyelenggara.",
      "The applicant is the owner, a board member, or a person authorised by the operator.",
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Documents shared by many types.

const PDF = ["pdf"] as DocumentDefinition["accept"];
const PHOTO = ["jpeg", "png"] as DocumentDefinition["accept"];

function pdf(key: string, name: Text, required: boolean, description?: Text, maxSizeMb = 5): DocumentDefinition {
  return { key, name, description, required, accept: PDF, maxSizeMb };
}

const DOC_KTP: DocumentDefinition = {
  key: "ktp",
  name: t("KTP elektronik pemohon", "Applicant's electronic identity card (KTP-el)"),
  description: t("Pindaian atau foto KTP yang jelas terbaca.", "A clear scan or photo of your identity card."),
  required: true,
  accept: ["pdf", "jpeg", "png"],
  maxSizeMb: 5,
};

const DOC_PAS_FOTO: DocumentDefinition = {
  key: "photo",
  name: t("Pas foto berwarna terbaru ukuran 4×6", "Recent colour passport photo (4×6)"),
  description: t(
    "Tampak depan dengan latar polos. File JPG atau PNG.",
    "Facing the camera against a plain background. JPG or PNG file.",
  ),
  required: true,
  accept: PHOTO,
  maxSizeMb: 2,
};

function sitePhoto(required: boolean, name = t("Foto lokasi dan bangunan", "Photos of the site and the building")): DocumentDefinition {
  return {
    key: "sitePhoto",
    name,
    description: t(
      "Foto tampak depan dan bagian dalam yang digabung dalam satu gambar.",
      "Front and inside views combined into one image.",
    ),
    required,
    accept: PHOTO,
    maxSizeMb: 5,
  };
}

const DOC_NIB = pdf(
  "nib",
  t("Nomor Induk Berusaha (NIB) dari OSS", "Business identification number (NIB) from OSS"),
  true,
  t("Cetakan NIB dari sistem OSS.", "The NIB printout from the OSS system."),
);

const DOC_BUKTI_PENGUASAAN = pdf(
  "landProof",
  t("Bukti penguasaan tanah atau bangunan", "Proof of the right to use the land or building"),
  true,
  t(
    "Sertifikat, akta jual beli, atau perjanjian sewa/pinjam pakai yang masih berlaku.",
    "Title certificate, deed of sale, or a current lease or loan-for-use agreement.",
  ),
);

const DOC_PBG = (required: boolean) =>
  pdf(
    "buildingApproval",
    t("Persetujuan Bangunan Gedung (PBG) atau IMB", "Building approval (PBG) or former building permit (IMB)"),
    required,
    t("IMB yang terbit sebelum PBG berlaku tetap dapat dilampirkan.", "An IMB issued before the PBG was introduced is still accepted."),
  );

const DOC_DENAH = pdf(
  "sitePlan",
  t("Peta lokasi dan denah bangunan", "Location map and floor plan"),
  true,
  t("Peta lokasi dengan titik koordinat serta denah ruang beserta ukurannya.", "Location map with coordinates and a floor plan with room sizes."),
  10,
);

// ---------------------------------------------------------------------------------------------
// Practice permits (DINKES, direct, 3 working days).

interface Profession {
  code: string;
  name: Text;
  description: Text;
  output: Text;
  /** The professional organisation, e.g. "Ikatan Dokter Indonesia (IDI)". */
  organisation: Text;
  /** e.g. "dokter" / "medical": used in "Ijazah ..." */
  diplomaOf: Text;
  diplomaRequired: boolean;
  qualification?: FieldDefinition;
  practiceSetting: FieldDefinition;
  practicePlaceHint: Text;
  extraDocuments?: DocumentDefinition[];
  legalBasis: [string, string][];
  templateCode: string;
}

const SIP_ORDER: FieldDefinition = {
  key: "sipOrder",
  type: "choice",
  label: t("SIP yang dimohon", "Which SIP you are applying for"),
  hint: t(
    "Hitung semua SIP yang masih berlaku, termasuk yang terbit di kota atau kabupaten lain. Jumlah tempat praktik dibatasi sesuai ketentuan profesi Anda.",
    "Count every valid SIP you hold, including those issued by other cities or regencies. The number of practice places is limited by the rules of your profession.",
  ),
  required: true,
  options: [
    { value: "first", label: t("SIP pertama", "First SIP") },
    { value: "second", label: t("SIP kedua", "Second SIP") },
    { value: "third", label: t("SIP ketiga", "Third SIP") },
  ],
};

function practiceSettingIndependentOrFacility(independent: Text): FieldDefinition {
  return {
    key: "practiceSetting",
    type: "choice",
    label: t("Jenis tempat praktik", "Type of practice place"),
    required: true,
    options: [
      { value: "independent", label: independent },
      {
        value: "facility",
        label: t(
          "Fasilitas pelayanan kesehatan (puskesmas, klinik, rumah sakit, dan lainnya)",
          "Health facility (community health centre, clinic, hospital and others)",
        ),
      },
    ],
  };
}

function practicePermit(p: Profession): PermitTypeDefinition {
  const fields: FieldDefinition[] = [
    ...applicantFields(
      t("Nama lengkap dan gelar", "Full name with titles"),
      t("Tulis sama persis dengan nama di STR.", "Write it exactly as on your STR."),
    ),
    { key: "birthPlace", type: "text", label: t("Tempat lahir", "Place of birth"), required: true, maxLength: 100 },
    { key: "birthDate", type: "date", label: t("Tanggal lahir", "Date of birth"), required: true, range: "past" },
    {
      key: "homeAddress",
      type: "address",
      label: t("Alamat tempat tinggal", "Home address"),
      hint: t("Sesuai KTP atau tempat tinggal saat ini.", "As on your identity card, or where you live now."),
      required: true,
    },
    ...(p.qualification ? [p.qualification] : []),
    {
      key: "strNumber",
      type: "text",
      label: t("Nomor STR", "STR number"),
      hint: t("Nomor Surat Tanda Registrasi yang tertera pada STR Anda.", "The registration certificate number printed on your STR."),
      required: true,
      maxLength: 60,
    },
    {
      key: "strValidUntil",
      type: "date",
      label: t("STR berlaku sampai", "STR valid until"),
      hint: t(
        "Isi bila STR Anda mencantumkan tanggal akhir berlaku. Kosongkan bila STR berlaku seumur hidup.",
        "Fill in if your STR shows an end date. Leave empty if it is valid for life.",
      ),
      required: false,
      range: "future",
    },
    SIP_ORDER,
    p.practiceSetting,
    {
      key: "practicePlaceName",
      type: "text",
      label: t("Nama tempat praktik", "Name of the practice place"),
      hint: p.practicePlaceHint,
      required: true,
      maxLength: 150,
    },
    { key: "practiceAddress", type: "address", label: t("Alamat tempat praktik", "Address of the practice place"), required: true },
    {
      key: "practiceSchedule",
      type: "text",
      label: t("Jadwal praktik", "Practice schedule"),
      hint: t("Contoh: Senin–Jumat pukul 16.00–20.00 WIB.", "For example: Monday to Friday, 16.00–20.00 WIB."),
      required: true,
      multiline: true,
      maxLength: 500,
    },
  ];

  const documents: DocumentDefinition[] = [
    pdf(
      "healthOfficeRecommendation",
      t("Surat rekomendasi Dinas Kesehatan Kota", "Recommendation letter from the City Health Office"),
      true,
      t(
        "Diterbitkan Dinas Kesehatan setelah memeriksa kesesuaian tempat praktik Anda.",
        "Issued by the Health Office after it has checked your practice place.",
      ),
    ),
    pdf(
      "strCertificate",
      t("Surat Tanda Registrasi (STR) yang masih berlaku", "Valid registration certificate (STR)"),
      true,
      t("Pindaian STR asli atau STR elektronik.", "A scan of the original STR, or the electronic STR."),
    ),
    DOC_KTP,
    pdf("diploma", t(`Ijazah ${p.diplomaOf.id}`, `${p.diplomaOf.en} diploma`), p.diplomaRequired),
    pdf(
      "healthCertificate",
      t("Surat keterangan sehat dari dokter yang memiliki SIP", "Certificate of good health from a licensed doctor"),
      true,
    ),
    pdf(
      "practicePlaceStatement",
      t(
        "Surat pernyataan memiliki tempat praktik atau surat keterangan dari pimpinan fasilitas pelayanan kesehatan",
        "Statement that you have a practice place, or a letter from the head of the health facility where you will practise",
      ),
      true,
    ),
    pdf(
      "professionalRecommendation",
      t(`Surat rekomendasi organisasi profesi ${p.organisation.id}`, `Recommendation from the professional organisation ${p.organisation.en}`),
      false,
      t("Lampirkan bila sudah ada atau bila diminta petugas.", "Attach it if you have one or if an officer asks for it."),
    ),
    pdf(
      "supervisorConsent",
      t("Surat izin atasan langsung", "Permission from your direct superior"),
      false,
      t("Wajib bagi ASN, anggota TNI, dan anggota Polri.", "Required for civil servants, military and police personnel."),
    ),
    ...(p.extraDocuments ?? []),
    DOC_PAS_FOTO,
    pdf(
      "previousPermit",
      t("SIP lama", "Previous SIP"),
      false,
      t("Lampirkan bila Anda memperpanjang SIP atau pindah tempat praktik.", "Attach it if you are renewing your SIP or moving to another practice place."),
    ),
  ];

  return {
    code: p.code,
    category: "health",
    agencyCode: "DINKES",
    name: p.name,
    description: p.description,
    output: p.output,
    workflow: "direct",
    slaDays: 3,
    feeRupiah: 0,
    validityMonths: 60,
    legalBasis: basis(L_KESEHATAN, L_PP_KESEHATAN, ...p.legalBasis, L_ADMINISTRASI, L_PELAYANAN_PUBLIK, L_STANDAR_PELAYANAN),
    decreeNumberTemplate: `503/{seq}/${p.templateCode}/DPMPTSP/{romanMonth}/{year}`,
    deemedApproval: true,
    fields,
    documents,
  };
}

const L_PRAKTIK_KEDOKTERAN: [string, string] = [
  "Peraturan Menteri Kesehatan Nomor 2052/MENKES/PER/X/2011 tentang Izin Praktik dan Pelaksanaan Praktik Kedokteran",
  "Minister of Health Regulation No. 2052/MENKES/PER/X/2011 on Practice Permits and the Practice of Medicine",
];

const SIP_DOKTER = practicePermit({
  code: "SIP-DOKTER",
  name: t("Surat Izin Praktik Dokter", "Doctor's Practice Permit"),
  description: t(
    "Surat Izin Praktik (SIP) adalah izin bagi dokter dan dokter spesialis untuk berpraktik di satu tempat praktik. Satu SIP hanya berlaku untuk satu tempat, jadi ajukan permohonan tersendiri untuk setiap tempat praktik.",
    "The practice permit (SIP) allows a doctor or medical specialist to practise at one practice place. One SIP covers one place only, so apply separately for each place where you practise.",
  ),
  output: t("Surat Izin Praktik Dokter (SIP Dokter)", "Doctor's Practice Permit (SIP Dokter)"),
  organisation: t("(Ikatan Dokter Indonesia/IDI)", "(Indonesian Medical Association, IDI)"),
  diplomaOf: t("dokter atau dokter spesialis", "Medical or specialist"),
  diplomaRequired: false,
  qualification: {
    key: "qualification",
    type: "choice",
    label: t("Kualifikasi", "Qualification"),
    required: true,
    options: [
      { value: "general", label: t("Dokter", "Doctor (general practitioner)") },
      { value: "specialist", label: t("Dokter spesialis atau subspesialis", "Specialist or subspecialist") },
    ],
  },
  practiceSetting: practiceSettingIndependentOrFacility(t("Praktik mandiri dokter", "Independent doctor's practice")),
  practicePlaceHint: t(
    "Contoh: Puskesmas Sukamaju atau Praktik Mandiri dr. Andi Wijaya.",
    "For example: Sukamaju Community Health Centre, or the independent practice of Dr Andi Wijaya.",
  ),
  legalBasis: [L_PRAKTIK_KEDOKTERAN],
  templateCode: "SIP-DR",
});

const SIP_DOKTER_GIGI = practicePermit({
  code: "SIP-DOKTER-GIGI",
  name: t("Surat Izin Praktik Dokter Gigi", "Dentist's Practice Permit"),
  description: t(
    "Surat Izin Praktik (SIP) adalah izin bagi dokter gigi dan dokter gigi spesialis untuk berpraktik di satu tempat praktik. Ajukan permohonan tersendiri untuk setiap tempat praktik.",
    "The practice permit (SIP) allows a dentist or dental specialist to practise at one practice place. Apply separately for each place where you practise.",
  ),
  output: t("Surat Izin Praktik Dokter Gigi (SIP Dokter Gigi)", "Dentist's Practice Permit (SIP Dokter Gigi)"),
  organisation: t("(Persatuan Dokter Gigi Indonesia/PDGI)", "(Indonesian Dental Association, PDGI)"),
  diplomaOf: t("dokter gigi atau dokter gigi spesialis", "Dental or dental specialist"),
  diplomaRequired: false,
  qualification: {
    key: "qualification",
    type: "choice",
    label: t("Kualifikasi", "Qualification"),
    required: true,
    options: [
      { value: "general", label: t("Dokter gigi", "Dentist") },
      { value: "specialist", label: t("Dokter gigi spesialis", "Dental specialist") },
    ],
  },
  practiceSetting: practiceSettingIndependentOrFacility(t("Praktik mandiri dokter gigi", "Independent dental practice")),
  practicePlaceHint: t(
    "Contoh: Klinik Pratama Senyum Sehat atau Praktik Mandiri drg. Sari Utami.",
    "For example: Senyum Sehat Primary Clinic, or the independent practice of Sari Utami, DDS.",
  ),
  legalBasis: [L_PRAKTIK_KEDOKTERAN],
  templateCode: "SIP-DRG",
});

const SIP_BIDAN = practicePermit({
  code: "SIP-BIDAN",
  name: t("Surat Izin Praktik Bidan", "Midwife's Practice Permit"),
  description: t(
    "Surat Izin Praktik Bidan (SIPB) adalah izin bagi bidan untuk berpraktik di fasilitas pelayanan kesehatan atau di tempat praktik mandiri bidan. Satu SIPB berlaku untuk satu tempat praktik.",
    "The midwife's practice permit (SIPB) allows a midwife to practise at a health facility or at an independent midwifery practice. One SIPB covers one practice place.",
  ),
  output: t("Surat Izin Praktik Bidan (SIPB)", "Midwife's Practice Permit (SIPB)"),
  organisation: t("(Ikatan Bidan Indonesia/IBI)", "(Indonesian Midwives Association, IBI)"),
  diplomaOf: t("pendidikan kebidanan", "Midwifery"),
  diplomaRequired: true,
  qualification: {
    key: "qualification",
    type: "choice",
    label: t("Kualifikasi pendidikan", "Qualification"),
    required: true,
    options: [
      { value: "vocational", label: t("Bidan lulusan diploma tiga (vokasi)", "Midwife with a three-year diploma (vocational)") },
      { value: "professional", label: t("Bidan lulusan pendidikan profesi", "Midwife with a professional degree") },
    ],
  },
  practiceSetting: practiceSettingIndependentOrFacility(t("Tempat praktik mandiri bidan", "Independent midwifery practice")),
  practicePlaceHint: t(
    "Contoh: Puskesmas Sukamaju atau Tempat Praktik Mandiri Bidan Siti Aminah.",
    "For example: Sukamaju Community Health Centre, or the independent practice of midwife Siti Aminah.",
  ),
  legalBasis: [
    [
      "Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin dan Penyelenggaraan Praktik Bidan",
      "Minister of Health Regulation No. 28 of 2017 on the Licensing and Practice of Midwives",
    ],
  ],
  templateCode: "SIPB",
});

const SIP_PERAWAT = practicePermit({
  code: "SIP-PERAWAT",
  name: t("Surat Izin Praktik Perawat", "Nurse's Practice Permit"),
  description: t(
    "Surat Izin Praktik Perawat (SIPP) adalah izin bagi perawat untuk berpraktik di fasilitas pelayanan kesehatan atau di tempat praktik mandiri perawat. Satu SIPP berlaku untuk satu tempat praktik.",
    "The nurse's practice permit (SIPP) allows a nurse to practise at a health facility or at an independent nursing practice. One SIPP covers one practice place.",
  ),
  output: t("Surat Izin Praktik Perawat (SIPP)", "Nurse's Practice Permit (SIPP)"),
  organisation: t("(Persatuan Perawat Nasional Indonesia/PPNI)", "(Indonesian National Nurses Association, PPNI)"),
  diplomaOf: t("pendidikan keperawatan", "Nursing"),
  diplomaRequired: true,
  qualification: {
    key: "qualification",
    type: "choice",
    label: t("Kualifikasi pendidikan", "Qualification"),
    required: true,
    options: [
      { value: "vocational", label: t("Perawat vokasi (diploma tiga keperawatan)", "Vocational nurse (three-year nursing diploma)") },
      { value: "professional", label: t("Perawat profesi (Ners)", "Professional nurse (Ners)") },
    ],
  },
  practiceSetting: practiceSettingIndependentOrFacility(t("Tempat praktik mandiri perawat", "Independent nursing practice")),
  practicePlaceHint: t(
    "Contoh: RSUD Kota atau Tempat Praktik Mandiri Perawat Budi Santoso, S.Kep., Ners.",
    "For example: the City General Hospital, or the independent practice of nurse Budi Santoso.",
  ),
  legalBasis: [
    [
      "Peraturan Menteri Kesehatan Nomor 26 Tahun 2019 tentang Peraturan Pelaksanaan Undang-Undang Nomor 38 Tahun 2014 tentang Keperawatan",
      "Minister of Health Regulation No. 26 of 2019 implementing Law No. 38 of 2014 on Nursing",
    ],
  ],
  templateCode: "SIPP",
});

const PHARMACY_SETTINGS = (withDrugstore: boolean): FieldDefinition => ({
  key: "practiceSetting",
  type: "choice",
  label: t("Jenis tempat praktik", "Type of practice place"),
  required: true,
  options: [
    { value: "pharmacy", label: t("Apotek", "Pharmacy") },
    { value: "hospital", label: t("Instalasi farmasi rumah sakit", "Hospital pharmacy") },
    { value: "healthCentre", label: t("Puskesmas", "Community health centre (puskesmas)") },
    { value: "clinic", label: t("Klinik", "Clinic") },
    ...(withDrugstore ? [{ value: "drugstore", label: t("Toko obat", "Licensed drugstore") }] : []),
    {
      value: "industry",
      label: t("Industri farmasi atau pedagang besar farmasi", "Pharmaceutical manufacturer or wholesaler"),
    },
  ],
});

const SIP_APOTEKER = practicePermit({
  code: "SIP-APOTEKER",
  name: t("Surat Izin Praktik Apoteker", "Pharmacist's Practice Permit"),
  description: t(
    "Surat Izin Praktik Apoteker (SIPA) adalah izin bagi apoteker untuk menjalankan pekerjaan kefarmasian di apotek, instalasi farmasi, puskesmas, klinik, atau industri dan distribusi farmasi. Satu SIPA berlaku untuk satu tempat praktik.",
    "The pharmacist's practice permit (SIPA) allows a pharmacist to work at a pharmacy, hospital pharmacy, community health centre, clinic, or in pharmaceutical manufacturing or distribution. One SIPA covers one practice place.",
  ),
  output: t("Surat Izin Praktik Apoteker (SIPA)", "Pharmacist's Practice Permit (SIPA)"),
  organisation: t("(Ikatan Apoteker Indonesia/IAI)", "(Indonesian Pharmacists Association, IAI)"),
  diplomaOf: t("apoteker", "Pharmacist"),
  diplomaRequired: false,
  practiceSetting: PHARMACY_SETTINGS(false),
  practicePlaceHint: t("Contoh: Apotek Sehat Sentosa.", "For example: Sehat Sentosa Pharmacy."),
  legalBasis: [
    L_KEFARMASIAN,
    ["Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek", "Minister of Health Regulation No. 9 of 2017 on Pharmacies"],
  ],
  templateCode: "SIPA",
});

const SIP_TTK = practicePermit({
  code: "SIP-TTK",
  name: t("Surat Izin Praktik Tenaga Teknis Kefarmasian", "Pharmacy Technician's Practice Permit"),
  description: t(
    "Surat Izin Praktik Tenaga Teknis Kefarmasian (SIPTTK) adalah izin bagi tenaga vokasi farmasi, seperti ahli madya farmasi, untuk membantu pekerjaan kefarmasian di bawah apoteker. Satu SIPTTK berlaku untuk satu tempat praktik.",
    "The pharmacy technician's practice permit (SIPTTK) allows pharmacy technicians, such as holders of a pharmacy diploma, to assist in pharmaceutical work under a pharmacist. One SIPTTK covers one practice place.",
  ),
  output: t("Surat Izin Praktik Tenaga Teknis Kefarmasian (SIPTTK)", "Pharmacy Technician's Practice Permit (SIPTTK)"),
  organisation: t("(Persatuan Ahli Farmasi Indonesia/PAFI)", "(Indonesian Pharmacy Technicians Association, PAFI)"),
  diplomaOf: t("pendidikan farmasi", "Pharmacy"),
  diplomaRequired: true,
  practiceSetting: PHARMACY_SETTINGS(true),
  practicePlaceHint: t("Contoh: Apotek Sehat Sentosa.", "For example: Sehat Sentosa Pharmacy."),
  extraDocuments: [
    pdf(
      "supervisingPharmacistLetter",
      t("Surat keterangan dari apoteker penanggung jawab tempat praktik", "Letter from the pharmacist in charge of the practice place"),
      true,
      t("Menyatakan bahwa Anda akan bekerja di bawah pengawasannya.", "Confirming that you will work under their supervision."),
    ),
  ],
  legalBasis: [L_KEFARMASIAN],
  templateCode: "SIPTTK",
});

// ---------------------------------------------------------------------------------------------
// Health facilities (DINKES, survey).

const IZIN_APOTEK: PermitTypeDefinition = {
  code: "IZIN-APOTEK",
  category: "health",
  agencyCode: "DINKES",
  name: t("Surat Izin Apotek", "Pharmacy Permit"),
  description: t(
    "Surat Izin Apotek (SIA) adalah izin untuk membuka dan menjalankan apotek. Sebelum izin terbit, tim teknis Dinas Kesehatan memeriksa lokasi, bangunan, sarana, dan apoteker penanggung jawab. Pemohon harus sudah memiliki NIB dari OSS.",
    "The pharmacy permit (SIA) allows you to open and run a pharmacy. Before it is issued, the Health Office's technical team inspects the site, the building, the equipment and the pharmacist in charge. You need a business identification number (NIB) from OSS first.",
  ),
  output: t("Surat Izin Apotek (SIA)", "Pharmacy Permit (SIA)"),
  workflow: "survey",
  slaDays: 3,
  feeRupiah: 0,
  validityMonths: 60,
  legalBasis: basis(
    L_KESEHATAN,
    L_PP_KESEHATAN,
    ["Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek", "Minister of Health Regulation No. 9 of 2017 on Pharmacies"],
    L_PB_KESEHATAN,
    [
      "Peraturan Menteri Kesehatan Nomor 73 Tahun 2016 tentang Standar Pelayanan Kefarmasian di Apotek",
      "Minister of Health Regulation No. 73 of 2016 on Pharmaceutical Service Standards in Pharmacies",
    ],
    L_PELAYANAN_PUBLIK,
    L_STANDAR_PELAYANAN,
  ),
  decreeNumberTemplate: "503/{seq}/SIA/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    { key: "pharmacyName", type: "text", label: t("Nama apotek", "Pharmacy name"), required: true, maxLength: 150 },
    {
      key: "nib",
      type: "text",
      label: t("Nomor Induk Berusaha (NIB)", "Business identification number (NIB)"),
      hint: t("13 digit, sesuai NIB dari OSS.", "13 digits, as on your NIB from OSS."),
      required: true,
      maxLength: 13,
    },
    {
      key: "ownership",
      type: "choice",
      label: t("Kepemilikan apotek", "Pharmacy ownership"),
      required: true,
      options: [
        { value: "pharmacist", label: t("Milik apoteker sendiri", "Owned by the pharmacist") },
        { value: "investor", label: t("Kerja sama apoteker dengan pemilik modal", "Pharmacist in partnership with an investor") },
        { value: "company", label: t("Badan usaha", "Business entity") },
      ],
    },
    { key: "pharmacyAddress", type: "address", label: t("Alamat apotek", "Pharmacy address"), required: true },
    {
      key: "pharmacistName",
      type: "text",
      label: t("Nama apoteker penanggung jawab", "Name of the pharmacist in charge"),
      required: true,
      maxLength: 150,
    },
    {
      key: "pharmacistSipaNumber",
      type: "text",
      label: t("Nomor SIPA apoteker penanggung jawab", "SIPA number of the pharmacist in charge"),
      hint: t(
        "Bila SIPA untuk apotek ini sedang diurus, tulis nomor permohonannya.",
        "If the SIPA for this pharmacy is still being processed, enter its application number.",
      ),
      required: true,
      maxLength: 60,
    },
    areaField("buildingArea", t("Luas bangunan apotek", "Floor area of the pharmacy"), true, 5000),
    countField("technicianCount", t("Jumlah tenaga teknis kefarmasian", "Number of pharmacy technicians"), 0, 50),
    {
      key: "openingHours",
      type: "text",
      label: t("Jam buka", "Opening hours"),
      hint: t("Contoh: setiap hari pukul 08.00–22.00 WIB.", "For example: daily, 08.00–22.00 WIB."),
      required: true,
      maxLength: 200,
    },
  ],
  documents: [
    DOC_NIB,
    DOC_KTP,
    pdf("pharmacistStr", t("STR apoteker penanggung jawab", "STR of the pharmacist in charge"), true),
    pdf(
      "pharmacistSipa",
      t("SIPA apoteker penanggung jawab", "SIPA of the pharmacist in charge"),
      true,
      t("Atau bukti permohonan SIPA untuk apotek ini.", "Or proof that a SIPA for this pharmacy has been applied for."),
    ),
    pdf("npwp", t("NPWP", "Taxpayer identification number (NPWP)"), true),
    DOC_DENAH,
    pdf(
      "facilitiesList",
      t("Daftar sarana, prasarana, dan peralatan apotek", "List of the pharmacy's facilities and equipment"),
      true,
    ),
    DOC_BUKTI_PENGUASAAN,
    pdf(
      "partnershipAgreement",
      t("Akta perjanjian kerja sama apoteker dengan pemilik modal", "Notarial partnership agreement between pharmacist and investor"),
      false,
      t("Wajib bila apotek dimiliki bersama pemilik modal.", "Required when the pharmacy is run with an investor."),
    ),
    DOC_PBG(false),
    sitePhoto(true, t("Foto apotek tampak depan dan ruang pelayanan", "Photos of the pharmacy front and service area")),
  ],
};

const IZIN_KLINIK_PRATAMA: PermitTypeDefinition = {
  code: "IZIN-KLINIK-PRATAMA",
  category: "health",
  agencyCode: "DINKES",
  name: t("Izin Operasional Klinik Pratama", "Primary Clinic Operating Permit"),
  description: t(
    "Izin operasional klinik pratama adalah izin untuk menjalankan klinik yang memberikan pelayanan medik dasar, umum dan/atau gigi. Tim teknis Dinas Kesehatan memeriksa bangunan, peralatan, tenaga kesehatan, dan pengelolaan limbah medis sebelum izin terbit.",
    "The primary clinic operating permit allows you to run a clinic that provides basic general and/or dental care. The Health Office's technical team inspects the building, equipment, staff and medical waste handling before the permit is issued.",
  ),
  output: t("Izin Operasional Klinik Pratama", "Primary Clinic Operating Permit"),
  workflow: "survey",
  slaDays: 3,
  feeRupiah: 0,
  validityMonths: 60,
  legalBasis: basis(L_KESEHATAN, L_PP_KESEHATAN, L_PB_KESEHATAN, L_PELAYANAN_PUBLIK, L_STANDAR_PELAYANAN),
  decreeNumberTemplate: "503/{seq}/IOK/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    { key: "clinicName", type: "text", label: t("Nama klinik", "Clinic name"), required: true, maxLength: 150 },
    {
      key: "ownerType",
      type: "choice",
      label: t("Pemilik klinik", "Clinic owner"),
      required: true,
      options: [
        { value: "individual", label: t("Perorangan", "Individual") },
        { value: "company", label: t("Badan usaha atau badan hukum", "Business entity or legal entity") },
      ],
    },
    {
      key: "nib",
      type: "text",
      label: t("Nomor Induk Berusaha (NIB)", "Business identification number (NIB)"),
      hint: t("13 digit, sesuai NIB dari OSS.", "13 digits, as on your NIB from OSS."),
      required: true,
      maxLength: 13,
    },
    {
      key: "careType",
      type: "choice",
      label: t("Jenis perawatan", "Type of care"),
      required: true,
      options: [
        { value: "outpatient", label: t("Rawat jalan", "Outpatient") },
        { value: "inpatient", label: t("Rawat jalan dan rawat inap", "Outpatient and inpatient") },
      ],
    },
    {
      key: "serviceKind",
      type: "choice",
      label: t("Pelayanan medik dasar", "Basic medical services"),
      required: true,
      options: [
        { value: "general", label: t("Umum", "General") },
        { value: "dental", label: t("Gigi", "Dental") },
        { value: "generalAndDental", label: t("Umum dan gigi", "General and dental") },
      ],
    },
    { key: "clinicAddress", type: "address", label: t("Alamat klinik", "Clinic address"), required: true },
    {
      key: "headDoctorName",
      type: "text",
      label: t("Nama dokter atau dokter gigi penanggung jawab", "Name of the doctor or dentist in charge"),
      required: true,
      maxLength: 150,
    },
    {
      key: "headDoctorSipNumber",
      type: "text",
      label: t("Nomor SIP dokter penanggung jawab", "SIP number of the doctor in charge"),
      required: true,
      maxLength: 60,
    },
    countField("doctorCount", t("Jumlah dokter dan dokter gigi", "Number of doctors and dentists"), 1, 50),
    countField("nurseCount", t("Jumlah perawat dan bidan", "Number of nurses and midwives"), 0, 100),
    countField(
      "inpatientBeds",
      t("Jumlah tempat tidur rawat inap", "Number of inpatient beds"),
      0,
      10,
      false,
      t("Isi 0 bila klinik hanya melayani rawat jalan.", "Enter 0 if the clinic provides outpatient care only."),
    ),
    areaField("buildingArea", t("Luas bangunan klinik", "Floor area of the clinic"), true, 10000),
  ],
  documents: [
    DOC_NIB,
    DOC_KTP,
    pdf(
      "companyDeed",
      t("Akta pendirian badan usaha dan pengesahannya", "Deed of establishment of the business entity and its approval"),
      false,
      t("Wajib bila klinik dimiliki badan usaha atau badan hukum.", "Required when the clinic is owned by a business or legal entity."),
    ),
    pdf(
      "clinicProfile",
      t("Profil klinik", "Clinic profile"),
      true,
      t(
        "Memuat struktur organisasi, jenis pelayanan, jam pelayanan, dan daftar tenaga kesehatan.",
        "Including the organisation chart, services, opening hours and the list of health workers.",
      ),
    ),
    pdf(
      "headDoctorLicence",
      t("STR dan SIP dokter atau dokter gigi penanggung jawab", "STR and SIP of the doctor or dentist in charge"),
      true,
    ),
    DOC_DENAH,
    pdf("facilitiesList", t("Daftar sarana, prasarana, dan peralatan klinik", "List of the clinic's facilities and equipment"), true),
    DOC_BUKTI_PENGUASAAN,
    DOC_PBG(true),
    pdf(
      "environmentalDocument",
      t("Dokumen lingkungan hidup (SPPL atau persetujuan UKL-UPL)", "Environmental document (SPPL or UKL-UPL approval)"),
      true,
    ),
    pdf(
      "medicalWasteAgreement",
      t(
        "Perjanjian kerja sama pengelolaan limbah medis dengan pihak yang berizin",
        "Medical waste handling agreement with a licensed operator",
      ),
      true,
    ),
    sitePhoto(true, t("Foto klinik tampak depan dan ruang pelayanan", "Photos of the clinic front and treatment rooms")),
  ],
};

// ---------------------------------------------------------------------------------------------
// Education (DISDIK, survey, 5 working days).

const EDUCATION_BASIS = (...specific: [string, string][]) =>
  basis(L_SISDIKNAS, L_PP_PENDIDIKAN, ...specific, L_PELAYANAN_PUBLIK, L_STANDAR_PELAYANAN);

const DOC_YAYASAN = pdf(
  "foundationDeed",
  t(
    "Akta pendirian yayasan atau badan hukum penyelenggara beserta SK pengesahan Kementerian Hukum",
    "Deed of establishment of the foundation or legal entity, with its approval decree from the Ministry of Law",
  ),
  true,
);

const DOC_PENGURUS = pdf(
  "boardStructure",
  t("Susunan pengurus dan pembagian tugas", "Board members and their duties"),
  true,
);

const DOC_KURIKULUM = (required: boolean, name = t("Dokumen kurikulum satuan pendidikan", "School curriculum document")) =>
  pdf("curriculum", name, required);

const DOC_PENDIDIK = (name = t("Data pendidik dan tenaga kependidikan beserta ijazahnya", "List of teachers and staff, with their diplomas")) =>
  pdf("teacherList", name, true);

const DOC_SARPRAS = pdf("facilitiesList", t("Data sarana dan prasarana", "List of facilities and equipment"), true);

const IO_PAUD: PermitTypeDefinition = {
  code: "IO-PAUD",
  category: "education",
  agencyCode: "DISDIK",
  name: t("Izin Operasional Satuan PAUD", "Early Childhood Education (PAUD) Operating Permit"),
  description: t(
    "Izin operasional bagi satuan pendidikan anak usia dini (PAUD) yang didirikan masyarakat: taman kanak-kanak (TK), kelompok bermain (KB), tempat penitipan anak (TPA), atau satuan PAUD sejenis (SPS). Tim teknis Dinas Pendidikan meninjau lokasi, ruang belajar, dan tenaga pendidik sebelum izin terbit.",
    "The operating permit for an early childhood education unit (PAUD) set up by the community: kindergarten (TK), playgroup (KB), day care (TPA) or a similar unit (SPS). The Education Office's technical team visits the site, classrooms and teachers before the permit is issued.",
  ),
  output: t("Keputusan tentang Izin Operasional Satuan PAUD", "Decree granting the PAUD operating permit"),
  workflow: "survey",
  slaDays: 5,
  feeRupiah: 0,
  validityMonths: null,
  legalBasis: EDUCATION_BASIS(
    [
      "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 84 Tahun 2014 tentang Pendirian Satuan Pendidikan Anak Usia Dini",
      "Minister of Education and Culture Regulation No. 84 of 2014 on Establishing Early Childhood Education Units",
    ],
    [
      "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 137 Tahun 2014 tentang Standar Nasional Pendidikan Anak Usia Dini",
      "Minister of Education and Culture Regulation No. 137 of 2014 on National Standards for Early Childhood Education",
    ],
  ),
  decreeNumberTemplate: "503/{seq}/IO-PAUD/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    { key: "institutionName", type: "text", label: t("Nama satuan PAUD", "Name of the PAUD unit"), required: true, maxLength: 150 },
    {
      key: "paudForm",
      type: "choice",
      label: t("Bentuk satuan PAUD", "Type of PAUD unit"),
      required: true,
      options: [
        { value: "tk", label: t("Taman kanak-kanak (TK)", "Kindergarten (TK)") },
        { value: "kb", label: t("Kelompok bermain (KB)", "Playgroup (KB)") },
        { value: "tpa", label: t("Tempat penitipan anak (TPA)", "Day care (TPA)") },
        { value: "sps", label: t("Satuan PAUD sejenis (SPS)", "Similar early childhood unit (SPS)") },
      ],
    },
    {
      key: "organizerName",
      type: "text",
      label: t("Nama yayasan atau penyelenggara", "Name of the foundation or operator"),
      required: true,
      maxLength: 150,
    },
    { key: "institutionAddress", type: "address", label: t("Alamat satuan PAUD", "Address of the PAUD unit"), required: true },
    areaField("landArea", t("Luas tanah", "Land area"), true, 100000),
    areaField("buildingArea", t("Luas bangunan", "Floor area"), true, 50000),
    countField("learnerCount", t("Jumlah peserta didik", "Number of children enrolled"), 1, 1000, true, t("Jumlah anak yang sudah atau akan terdaftar.", "Children already enrolled or expected to enrol.")),
    countField("groupCount", t("Jumlah rombongan belajar", "Number of learning groups"), 1, 50),
    countField("teacherCount", t("Jumlah pendidik", "Number of teachers"), 1, 200),
  ],
  documents: [
    DOC_KTP,
    DOC_YAYASAN,
    DOC_PENGURUS,
    pdf(
      "proposal",
      t("Proposal pendirian", "Establishment proposal"),
      true,
      t("Memuat latar belakang, hasil studi kelayakan, dan rencana pembiayaan.", "Including the background, feasibility study and financing plan."),
    ),
    DOC_KURIKULUM(true, t("Dokumen kurikulum satuan PAUD", "PAUD curriculum document")),
    DOC_PENDIDIK(),
    pdf("learnerList", t("Data peserta didik", "List of children enrolled"), true),
    DOC_SARPRAS,
    DOC_BUKTI_PENGUASAAN,
    sitePhoto(true, t("Foto gedung, ruang kegiatan, dan area bermain", "Photos of the building, activity rooms and play area")),
  ],
};

function schoolPermit(level: "SD" | "SMP"): PermitTypeDefinition {
  const sd = level === "SD";
  const levelId = sd ? "sekolah dasar (SD)" : "sekolah menengah pertama (SMP)";
  const levelEn = sd ? "elementary school (SD)" : "junior secondary school (SMP)";
  return {
    code: `IO-${level}`,
    category: "education",
    agencyCode: "DISDIK",
    name: t(`Izin Operasional ${sd ? "Sekolah Dasar (SD)" : "Sekolah Menengah Pertama (SMP)"}`, `${sd ? "Elementary School" : "Junior Secondary School"} Operating Permit`),
    description: t(
      `Izin operasional bagi ${levelId} swasta yang didirikan yayasan atau badan hukum. Tim teknis Dinas Pendidikan meninjau lahan, gedung, ruang kelas, dan kesiapan guru sebelum izin terbit.`,
      `The operating permit for a private ${levelEn} set up by a foundation or legal entity. The Education Office's technical team visits the land, building, classrooms and checks the teachers before the permit is issued.`,
    ),
    output: t(
      `Keputusan tentang Izin Operasional ${sd ? "Sekolah Dasar" : "Sekolah Menengah Pertama"}`,
      `Decree granting the ${sd ? "elementary" : "junior secondary"} school operating permit`,
    ),
    workflow: "survey",
    slaDays: 5,
    feeRupiah: 0,
    validityMonths: null,
    legalBasis: EDUCATION_BASIS(L_SEKOLAH),
    decreeNumberTemplate: `503/{seq}/IO-${level}/DPMPTSP/{romanMonth}/{year}`,
    deemedApproval: false,
    fields: [
      ...contactPersonFields(),
      { key: "schoolName", type: "text", label: t("Nama sekolah", "School name"), required: true, maxLength: 150 },
      {
        key: "foundationName",
        type: "text",
        label: t("Nama yayasan atau badan hukum penyelenggara", "Name of the foundation or legal entity"),
        required: true,
        maxLength: 150,
      },
      { key: "schoolAddress", type: "address", label: t("Alamat sekolah", "School address"), required: true },
      areaField("landArea", t("Luas tanah", "Land area"), true, 200000),
      areaField("buildingArea", t("Luas bangunan", "Floor area"), true, 100000),
      countField("classroomCount", t("Jumlah ruang kelas", "Number of classrooms"), 1, 100),
      countField(
        "plannedStudents",
        t("Rencana jumlah peserta didik", "Planned number of pupils"),
        1,
        3000,
        true,
        t("Jumlah seluruh peserta didik pada tahun pertama.", "Total pupils in the first school year."),
      ),
      countField("teacherCount", t("Jumlah guru", "Number of teachers"), 1, 300),
    ],
    documents: [
      DOC_KTP,
      DOC_YAYASAN,
      DOC_PENGURUS,
      pdf("feasibilityStudy", t("Hasil studi kelayakan", "Feasibility study"), true),
      pdf("masterPlan", t("Rencana induk pengembangan sekolah", "School development master plan"), true),
      DOC_KURIKULUM(true),
      DOC_PENDIDIK(t("Data guru dan tenaga kependidikan beserta ijazahnya", "List of teachers and staff, with their diplomas")),
      DOC_SARPRAS,
      pdf(
        "financingPlan",
        t("Rencana sumber pembiayaan sekolah", "School financing plan"),
        true,
        t("Paling sedikit untuk satu tahun pelajaran.", "For at least one school year."),
      ),
      DOC_BUKTI_PENGUASAAN,
      DOC_PBG(true),
      pdf(
        "siteLayout",
        t("Peta lokasi dan tata letak bangunan sekolah", "Location map and site layout of the school"),
        true,
        undefined,
        10,
      ),
      sitePhoto(true, t("Foto gedung dan ruang kelas", "Photos of the building and classrooms")),
    ],
  };
}

const IZIN_LKP: PermitTypeDefinition = {
  code: "IZIN-LKP",
  category: "education",
  agencyCode: "DISDIK",
  name: t("Izin Pendirian Lembaga Kursus dan Pelatihan (LKP)", "Course and Training Institution (LKP) Establishment Permit"),
  description: t(
    "Izin pendirian bagi lembaga kursus dan pelatihan (LKP), yaitu lembaga pendidikan nonformal yang memberi keterampilan, misalnya kursus bahasa, komputer, menjahit, atau tata rias. Tim teknis Dinas Pendidikan meninjau tempat, program, dan instruktur sebelum izin terbit.",
    "The establishment permit for a course and training institution (LKP): a non-formal education provider teaching practical skills, such as languages, computing, tailoring or beauty. The Education Office's technical team visits the premises and checks the programmes and instructors before the permit is issued.",
  ),
  output: t("Keputusan tentang Izin Pendirian Lembaga Kursus dan Pelatihan", "Decree granting the LKP establishment permit"),
  workflow: "survey",
  slaDays: 5,
  feeRupiah: 0,
  validityMonths: null,
  legalBasis: EDUCATION_BASIS([
    "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 81 Tahun 2013 tentang Pendirian Satuan Pendidikan Nonformal",
    "Minister of Education and Culture Regulation No. 81 of 2013 on Establishing Non-Formal Education Units",
  ]),
  decreeNumberTemplate: "503/{seq}/IP-LKP/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    { key: "institutionName", type: "text", label: t("Nama lembaga", "Name of the institution"), required: true, maxLength: 150 },
    {
      key: "organizerType",
      type: "choice",
      label: t("Penyelenggara", "Operated by"),
      required: true,
      options: [
        { value: "individual", label: t("Perorangan", "An individual") },
        { value: "foundation", label: t("Yayasan atau perkumpulan", "A foundation or association") },
        { value: "company", label: t("Badan usaha", "A business entity") },
      ],
    },
    {
      key: "courseFields",
      type: "text",
      label: t("Jenis kursus atau pelatihan", "Courses or training offered"),
      hint: t("Contoh: bahasa Inggris, komputer perkantoran, tata rias.", "For example: English, office computing, beauty."),
      required: true,
      maxLength: 300,
    },
    { key: "institutionAddress", type: "address", label: t("Alamat lembaga", "Address of the institution"), required: true },
    areaField("buildingArea", t("Luas tempat belajar", "Floor area used for teaching"), true, 20000),
    countField("instructorCount", t("Jumlah pendidik atau instruktur", "Number of teachers or instructors"), 1, 200),
    countField(
      "learnerCapacity",
      t("Daya tampung peserta didik", "Learner capacity"),
      1,
      5000,
      true,
      t("Jumlah peserta yang dapat dilayani dalam satu periode kursus.", "Learners who can be taught in one course period."),
    ),
  ],
  documents: [
    DOC_KTP,
    pdf(
      "foundationDeed",
      t("Akta pendirian yayasan atau badan usaha beserta pengesahannya", "Deed of establishment of the foundation or business, with its approval"),
      false,
      t("Wajib bila penyelenggara bukan perorangan.", "Required unless the operator is an individual."),
    ),
    DOC_PENGURUS,
    DOC_KURIKULUM(true, t("Kurikulum dan program kursus atau pelatihan", "Curriculum and course programmes")),
    DOC_PENDIDIK(t("Data instruktur beserta ijazah atau sertifikat kompetensinya", "List of instructors with their diplomas or competency certificates")),
    DOC_SARPRAS,
    pdf("financingPlan", t("Rencana pembiayaan lembaga", "Financing plan"), true),
    DOC_BUKTI_PENGUASAAN,
    sitePhoto(true, t("Foto tempat belajar dan peralatan", "Photos of the teaching rooms and equipment")),
  ],
};

// ---------------------------------------------------------------------------------------------
// Research statement: issued by the DPMPTSP itself on the recommendation of the city's Badan Kesbangpol
// (no OPD step in the `direct` workflow; the recommendation is a required document).

const SKP_PENELITIAN: PermitTypeDefinition = {
  code: "SKP-PENELITIAN",
  category: "research",
  agencyCode: "KESBANGPOL",
  name: t("Surat Keterangan Penelitian", "Research Statement (Research Permit)"),
  description: t(
    "Surat Keterangan Penelitian (SKP) adalah surat yang Anda perlukan untuk melakukan penelitian atau mengambil data di instansi dan wilayah kota ini, misalnya untuk skripsi, tesis, atau penelitian lembaga. Surat berlaku selama jangka waktu penelitian.",
    "The research statement (SKP) is the letter you need to carry out research or collect data at agencies and places in this city, for example for a thesis or institutional research. It is valid for the research period.",
  ),
  output: t("Surat Keterangan Penelitian (SKP)", "Research Statement (SKP)"),
  workflow: "direct",
  slaDays: 5,
  feeRupiah: 0,
  validityMonths: 6,
  legalBasis: basis(
    [
      "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2018 tentang Penerbitan Surat Keterangan Penelitian",
      "Minister of Home Affairs Regulation No. 3 of 2018 on Issuing Research Statements",
    ],
    L_PTSP,
    L_PELAYANAN_PUBLIK,
    L_STANDAR_PELAYANAN,
  ),
  decreeNumberTemplate: "503/{seq}/SKP/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...applicantFields(),
    {
      key: "institutionName",
      type: "text",
      label: t("Asal perguruan tinggi atau lembaga", "University or institution"),
      required: true,
      maxLength: 200,
    },
    {
      key: "researchType",
      type: "choice",
      label: t("Jenis penelitian", "Type of research"),
      required: true,
      options: [
        { value: "undergraduate", label: t("Skripsi atau tugas akhir", "Undergraduate thesis or final project") },
        { value: "masters", label: t("Tesis", "Master's thesis") },
        { value: "doctoral", label: t("Disertasi", "Doctoral dissertation") },
        { value: "institutional", label: t("Penelitian dosen atau lembaga", "Research by a lecturer or institution") },
        { value: "other", label: t("Lainnya", "Other") },
      ],
    },
    {
      key: "researchTitle",
      type: "text",
      label: t("Judul penelitian", "Research title"),
      required: true,
      multiline: true,
      maxLength: 500,
    },
    {
      key: "researchLocation",
      type: "text",
      label: t("Lokasi atau instansi tujuan penelitian", "Research sites or agencies to be visited"),
      hint: t("Contoh: SD Negeri 1 dan SD Negeri 3 Kecamatan Sukamaju.", "For example: State Elementary Schools 1 and 3 in Sukamaju district."),
      required: true,
      multiline: true,
      maxLength: 1000,
    },
    { key: "startDate", type: "date", label: t("Tanggal mulai penelitian", "Research start date"), required: true, range: "future" },
    { key: "endDate", type: "date", label: t("Tanggal selesai penelitian", "Research end date"), required: true, range: "future" },
    countField(
      "memberCount",
      t("Jumlah anggota tim peneliti", "Number of research team members"),
      0,
      50,
      false,
      t("Tidak termasuk Anda. Isi 0 bila meneliti sendiri.", "Not counting you. Enter 0 if you work alone."),
    ),
  ],
  documents: [
    DOC_KTP,
    pdf(
      "coverLetter",
      t("Surat pengantar dari perguruan tinggi atau lembaga", "Cover letter from the university or institution"),
      true,
    ),
    pdf(
      "proposal",
      t("Proposal penelitian", "Research proposal"),
      true,
      t(
        "Memuat latar belakang, tujuan, metode, lokasi, sasaran, jangka waktu, dan nama peneliti.",
        "Including background, aims, method, sites, subjects, timeline and the researchers' names.",
      ),
    ),
    pdf(
      "kesbangpolRecommendation",
      t("Surat rekomendasi penelitian dari Badan Kesatuan Bangsa dan Politik Kota", "Research recommendation from the City Office of National Unity and Politics (Kesbangpol)"),
      true,
    ),
    pdf(
      "complianceStatement",
      t(
        "Surat pernyataan menaati peraturan perundang-undangan dan norma yang berlaku di lokasi penelitian",
        "Statement that you will obey the laws and local norms at the research sites",
      ),
      true,
    ),
    pdf(
      "brinPermit",
      t("Izin penelitian dari BRIN", "Research permit from BRIN"),
      false,
      t("Khusus bagi peneliti asing.", "For foreign researchers only."),
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// Billboards (DPUPR, survey).

const IZIN_REKLAME: PermitTypeDefinition = {
  code: "IZIN-REKLAME",
  category: "advertising",
  agencyCode: "DPUPR",
  name: t("Izin Penyelenggaraan Reklame", "Billboard Permit"),
  description: t(
    "Izin untuk memasang reklame tetap, seperti papan reklame, neon box, atau videotron, di satu titik selama satu tahun. Izin tidak dipungut biaya; pajak reklame ditetapkan dan dibayar terpisah kepada instansi pengelola pajak daerah (Bapenda).",
    "The permit to put up a fixed advertisement, such as a billboard, neon box or video screen, at one location for one year. The permit itself is free; the billboard tax is assessed and paid separately to the local tax office (Bapenda).",
  ),
  output: t("Surat Izin Penyelenggaraan Reklame", "Billboard Permit"),
  workflow: "survey",
  slaDays: 5,
  feeRupiah: 0,
  validityMonths: 12,
  legalBasis: basis(
    [
      "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
      "Law No. 1 of 2022 on Financial Relations between the Central Government and Regional Governments",
    ],
    [
      "Peraturan Menteri Pekerjaan Umum Nomor 20/PRT/M/2010 tentang Pedoman Pemanfaatan dan Penggunaan Bagian-Bagian Jalan",
      "Minister of Public Works Regulation No. 20/PRT/M/2010 on the Use of Road Space",
    ],
    ["Peraturan Daerah Kota tentang Penyelenggaraan Reklame", "City Regional Regulation (Perda) on Billboards"],
    ["Peraturan Daerah Kota tentang Pajak Daerah dan Retribusi Daerah", "City Regional Regulation (Perda) on Local Taxes and Levies"],
    L_PELAYANAN_PUBLIK,
    L_STANDAR_PELAYANAN,
  ),
  decreeNumberTemplate: "503/{seq}/IR/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...applicantFields(),
    {
      key: "applicantType",
      type: "choice",
      label: t("Pemohon sebagai", "Applying as"),
      required: true,
      options: [
        { value: "individual", label: t("Perorangan", "An individual") },
        { value: "company", label: t("Badan usaha atau biro reklame", "A business or advertising agency") },
      ],
    },
    {
      key: "companyName",
      type: "text",
      label: t("Nama badan usaha", "Business name"),
      hint: t("Isi bila Anda mengajukan atas nama badan usaha.", "Fill in if you apply on behalf of a business."),
      required: false,
      maxLength: 150,
    },
    {
      key: "billboardType",
      type: "choice",
      label: t("Jenis reklame", "Type of advertisement"),
      required: true,
      options: [
        { value: "billboard", label: t("Papan reklame (billboard)", "Billboard") },
        { value: "neonBox", label: t("Neon box atau neon sign", "Neon box or neon sign") },
        { value: "videotron", label: t("Videotron atau layar LED", "Video screen or LED display") },
        { value: "wallSign", label: t("Reklame yang menempel pada dinding bangunan", "Sign fixed to a building wall") },
      ],
    },
    {
      key: "placement",
      type: "choice",
      label: t("Letak reklame", "Placement"),
      required: true,
      options: [
        { value: "privateLand", label: t("Di tanah milik sendiri atau milik pihak lain", "On private land") },
        { value: "building", label: t("Di atas atau menempel pada bangunan", "On or attached to a building") },
        { value: "publicLand", label: t("Di ruang milik jalan atau tanah milik pemerintah daerah", "On road space or city-owned land") },
      ],
    },
    { key: "billboardAddress", type: "address", label: t("Alamat titik reklame", "Address of the billboard site"), required: true },
    {
      key: "content",
      type: "text",
      label: t("Naskah atau isi reklame", "Wording or content of the advertisement"),
      hint: t("Tulis merek, produk, atau pesan yang ditampilkan.", "The brand, product or message shown."),
      required: true,
      multiline: true,
      maxLength: 500,
    },
    {
      key: "sizeM2",
      type: "number",
      label: t("Luas bidang reklame per sisi", "Advertising area per face"),
      hint: t("Panjang kali lebar bidang reklame.", "Length times width of the display."),
      required: true,
      min: 0.1,
      max: 500,
      unit: t("m²", "m²"),
    },
    countField("faceCount", t("Jumlah sisi", "Number of faces"), 1, 4),
    {
      key: "heightM",
      type: "number",
      label: t("Tinggi reklame dari permukaan tanah", "Height above ground"),
      hint: t("Diukur sampai bagian paling atas reklame.", "Measured to the top of the advertisement."),
      required: true,
      min: 0,
      max: 50,
      unit: t("m", "m"),
    },
  ],
  documents: [
    DOC_KTP,
    pdf("npwp", t("NPWP pemohon atau badan usaha", "Taxpayer identification number (NPWP) of the applicant or business"), true),
    pdf(
      "companyDeed",
      t("Akta pendirian badan usaha dan NIB", "Deed of establishment and NIB of the business"),
      false,
      t("Wajib bila pemohon adalah badan usaha.", "Required when the applicant is a business."),
    ),
    {
      key: "design",
      name: t("Desain reklame beserta ukurannya", "Design of the advertisement with its dimensions"),
      required: true,
      accept: ["pdf", "jpeg", "png"],
      maxSizeMb: 5,
    },
    pdf(
      "locationMap",
      t("Denah lokasi titik reklame", "Site map of the billboard location"),
      true,
      t("Sertakan titik koordinat dan jarak ke tepi jalan.", "Include coordinates and the distance to the road edge."),
      10,
    ),
    {
      key: "sitePhoto",
      name: t("Foto rencana lokasi reklame", "Photos of the planned site"),
      description: t("Foto dari arah jalan; boleh digabung dalam satu gambar.", "Taken from the road; may be combined into one image."),
      required: true,
      accept: PHOTO,
      maxSizeMb: 5,
    },
    pdf(
      "ownerConsent",
      t("Surat persetujuan pemilik tanah atau bangunan", "Consent of the land or building owner"),
      true,
      t("Tidak perlu bila tanah atau bangunan milik Anda sendiri; lampirkan bukti kepemilikannya.", "If you own the land or building, attach your proof of ownership instead."),
    ),
    pdf(
      "structuralDrawing",
      t("Gambar konstruksi dan perhitungan struktur", "Construction drawings and structural calculations"),
      false,
      t(
        "Wajib untuk reklame berkonstruksi tiang atau rangka; ditandatangani tenaga ahli konstruksi.",
        "Required for pole or frame structures; signed by a qualified structural engineer.",
      ),
      10,
    ),
    pdf(
      "insurance",
      t("Polis asuransi tanggung gugat pihak ketiga", "Third-party liability insurance policy"),
      false,
      t("Bila disyaratkan Perda untuk reklame berukuran besar.", "Where the Perda requires it for large billboards."),
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// Environment (DLH).

const PKPLH: PermitTypeDefinition = {
  code: "PKPLH",
  category: "other",
  agencyCode: "DLH",
  name: t("Persetujuan Lingkungan UKL-UPL (PKPLH)", "Environmental Approval for a UKL-UPL (PKPLH)"),
  description: t(
    "UKL-UPL (Upaya Pengelolaan dan Upaya Pemantauan Lingkungan Hidup) adalah dokumen lingkungan untuk kegiatan yang tidak wajib Amdal. Dinas Lingkungan Hidup memeriksa dokumen Anda dan bila perlu meninjau lokasi; bila memenuhi syarat, terbit Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH).",
    "A UKL-UPL (environmental management and monitoring plan) is the environmental document for activities that do not need a full environmental impact assessment (Amdal). The Environment Office reviews it and may visit the site; if it meets the standards, you receive the environmental approval (PKPLH).",
  ),
  output: t(
    "Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH)",
    "Environmental Management Commitment Approval (PKPLH)",
  ),
  workflow: "verification",
  slaDays: 5,
  feeRupiah: 0,
  validityMonths: null,
  legalBasis: basis(L_PPLH, L_PP_PPLH, L_DAFTAR_WAJIB_LH, L_PELAYANAN_PUBLIK, L_STANDAR_PELAYANAN),
  decreeNumberTemplate: "503/{seq}/PKPLH/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    {
      key: "operatorName",
      type: "text",
      label: t("Nama penanggung jawab usaha atau kegiatan", "Person or organisation responsible for the activity"),
      hint: t("Nama perusahaan, instansi, atau perorangan.", "Company, agency or individual."),
      required: true,
      maxLength: 150,
    },
    { key: "activityName", type: "text", label: t("Nama usaha atau kegiatan", "Name of the business or activity"), required: true, maxLength: 200 },
    {
      key: "activityKind",
      type: "choice",
      label: t("Sifat kegiatan", "Nature of the activity"),
      required: true,
      options: [
        { value: "business", label: t("Usaha", "Business") },
        { value: "nonBusiness", label: t("Kegiatan non-usaha (pemerintah, sosial, keagamaan)", "Non-business (government, social, religious)") },
      ],
    },
    {
      key: "activityDescription",
      type: "text",
      label: t("Uraian singkat kegiatan", "Short description of the activity"),
      hint: t("Jelaskan skala kegiatan, misalnya kapasitas produksi atau jumlah unit.", "State the scale, such as production capacity or number of units."),
      required: true,
      multiline: true,
      maxLength: 2000,
    },
    { key: "activityAddress", type: "address", label: t("Lokasi kegiatan", "Location of the activity"), required: true },
    areaField("landArea", t("Luas lahan", "Land area"), true, 10_000_000),
    areaField("buildingArea", t("Luas bangunan", "Floor area"), false, 10_000_000),
  ],
  documents: [
    DOC_KTP,
    pdf(
      "uklUpl",
      t("Dokumen UKL-UPL yang telah diisi lengkap", "Completed UKL-UPL document"),
      true,
      t("Sesuai format dalam PP Nomor 22 Tahun 2021.", "In the format set by Government Regulation No. 22 of 2021."),
      20,
    ),
    pdf(
      "spatialConformity",
      t("Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)", "Spatial use conformity (KKPR)"),
      true,
    ),
    pdf(
      "siteLayout",
      t("Peta lokasi dan tata letak (site plan)", "Location map and site plan"),
      true,
      t("Peta dengan titik koordinat dan batas lahan.", "Map with coordinates and the land boundary."),
      10,
    ),
    pdf("nibOrDeed", t("NIB atau akta pendirian", "NIB or deed of establishment"), false, t("Bagi pelaku usaha atau badan hukum.", "For businesses and legal entities.")),
    {
      key: "sitePhoto",
      name: t("Foto kondisi lokasi saat ini", "Photos of the site as it is now"),
      required: false,
      accept: PHOTO,
      maxSizeMb: 5,
    },
  ],
};

// SPPL for small-impact activities: a self-declaration, registered at once and checked by the DLH later.
// Businesses register their SPPL through OSS; this type serves non-business activities.
const SPPL: PermitTypeDefinition = {
  code: "SPPL",
  category: "other",
  agencyCode: "DLH",
  name: t("Registrasi SPPL Kegiatan Non-Usaha", "SPPL Registration for Non-Business Activities"),
  description: t(
    "SPPL (Surat Pernyataan Kesanggupan Pengelolaan dan Pemantauan Lingkungan Hidup) adalah pernyataan Anda untuk mengelola dampak lingkungan dari kegiatan berdampak kecil yang tidak wajib Amdal atau UKL-UPL. Bukti registrasi terbit langsung setelah permohonan dikirim; Dinas Lingkungan Hidup dapat memeriksa kebenarannya kemudian. Kegiatan usaha mendaftarkan SPPL melalui OSS.",
    "An SPPL is your statement that you will manage and monitor the environmental effects of a small-impact activity that needs neither an Amdal nor a UKL-UPL. The registration receipt is issued as soon as you submit; the Environment Office may check the statement later. Businesses register their SPPL through OSS.",
  ),
  output: t("Bukti Registrasi SPPL", "SPPL Registration Receipt"),
  workflow: "instant",
  slaDays: 0,
  feeRupiah: 0,
  validityMonths: null,
  legalBasis: basis(L_PPLH, L_PP_PPLH, L_DAFTAR_WAJIB_LH, L_PELAYANAN_PUBLIK),
  decreeNumberTemplate: "503/{seq}/SPPL/DPMPTSP/{romanMonth}/{year}",
  deemedApproval: false,
  fields: [
    ...contactPersonFields(),
    {
      key: "operatorName",
      type: "text",
      label: t("Nama penanggung jawab kegiatan", "Person or organisation responsible for the activity"),
      hint: t("Nama instansi, lembaga, atau perorangan.", "Agency, organisation or individual."),
      required: true,
      maxLength: 150,
    },
    { key: "activityName", type: "text", label: t("Nama kegiatan", "Name of the activity"), required: true, maxLength: 200 },
    {
      key: "activityDescription",
      type: "text",
      label: t("Uraian singkat kegiatan", "Short description of the activity"),
      hint: t("Contoh: pembangunan gedung serbaguna dua lantai milik yayasan.", "For example: a two-storey community hall built by a foundation."),
      required: true,
      multiline: true,
      maxLength: 2000,
    },
    { key: "activityAddress", type: "address", label: t("Lokasi kegiatan", "Location of the activity"), required: true },
    areaField("landArea", t("Luas lahan", "Land area"), true, 1_000_000),
  ],
  documents: [
    DOC_KTP,
    pdf(
      "spplStatement",
      t("Formulir SPPL yang telah ditandatangani dan bermeterai", "SPPL form, signed and bearing a duty stamp"),
      true,
    ),
    pdf(
      "locationMap",
      t("Peta lokasi kegiatan", "Location map of the activity"),
      true,
      t("Dengan titik koordinat.", "With coordinates."),
      10,
    ),
    {
      key: "sitePhoto",
      name: t("Foto lokasi kegiatan", "Photos of the site"),
      required: false,
      accept: PHOTO,
      maxSizeMb: 5,
    },
  ],
};


// What the technical team checks on site, per permit type (survey and agency verification routes).
const CHECKLISTS: Record<string, Text[]> = {
  "IZIN-APOTEK": [
    t("Lokasi dan papan nama apotek sesuai permohonan", "Location and sign of the pharmacy match the application"),
    t("Ruang peracikan, penyimpanan, dan penyerahan obat tersedia dan terpisah", "Compounding, storage and dispensing areas exist and are separate"),
    t("Lemari narkotika dan psikotropika terkunci sesuai ketentuan", "Narcotics and psychotropics cabinet locked as required"),
    t("Lemari pendingin obat dengan pencatatan suhu", "Medicine refrigerator with temperature log"),
    t("Apoteker penanggung jawab hadir dan memiliki SIPA", "Responsible pharmacist present and holds a SIPA"),
    t("Sarana air bersih, listrik, dan penerangan memadai", "Clean water, power and lighting adequate"),
  ],
  "IZIN-KLINIK-PRATAMA": [
    t("Bangunan dan ruangan sesuai denah yang diajukan", "Building and rooms match the submitted floor plan"),
    t("Ruang pemeriksaan menjaga privasi pasien", "Examination rooms protect patient privacy"),
    t("Peralatan medis sesuai standar klinik pratama", "Medical equipment meets primary clinic standards"),
    t("Tenaga medis dan kesehatan memiliki STR dan SIP", "Medical and health staff hold STR and SIP"),
    t("Pengelolaan limbah medis dengan pihak berizin", "Medical waste handled by a licensed party"),
    t("Sarana keselamatan: APAR, jalur evakuasi, tanda keluar", "Safety: extinguishers, evacuation routes, exit signs"),
  ],
  "IO-PAUD": [
    t("Ruang kegiatan anak aman, terang, dan berventilasi", "Children's activity rooms are safe, light and ventilated"),
    t("Luas ruang sesuai jumlah peserta didik", "Room area fits the number of children"),
    t("Alat permainan edukatif dalam dan luar ruangan", "Indoor and outdoor educational play equipment"),
    t("Toilet yang sesuai untuk anak usia dini", "Toilets suitable for young children"),
    t("Pendidik dan tenaga kependidikan sesuai data", "Teachers and staff match the data submitted"),
    t("Kurikulum dan program pembelajaran tersedia", "Curriculum and learning programme available"),
  ],
  "IO-SD": [
    t("Ruang kelas sesuai jumlah rombongan belajar", "Classrooms fit the number of classes"),
    t("Ruang guru, perpustakaan, dan UKS tersedia", "Teachers' room, library and school clinic available"),
    t("Sarana sanitasi dan air bersih memadai", "Sanitation and clean water adequate"),
    t("Lahan dan bangunan sesuai bukti kepemilikan atau sewa", "Land and buildings match the ownership or lease evidence"),
    t("Pendidik memiliki kualifikasi sesuai ketentuan", "Teachers hold the required qualifications"),
  ],
  "IO-SMP": [
    t("Ruang kelas dan laboratorium IPA tersedia", "Classrooms and science laboratory available"),
    t("Perpustakaan, ruang guru, dan UKS tersedia", "Library, teachers' room and school clinic available"),
    t("Sarana olahraga dan tempat ibadah", "Sports facilities and place of worship"),
    t("Sanitasi dan air bersih memadai", "Sanitation and clean water adequate"),
    t("Pendidik memiliki kualifikasi sesuai mata pelajaran", "Teachers are qualified for their subjects"),
  ],
  "IZIN-LKP": [
    t("Ruang belajar dan ruang praktik sesuai program kursus", "Classrooms and practice rooms fit the courses"),
    t("Peralatan praktik tersedia dan layak", "Practice equipment available and in working order"),
    t("Instruktur memiliki kompetensi di bidangnya", "Instructors are competent in their field"),
    t("Administrasi peserta dan kurikulum tersedia", "Learner records and curriculum available"),
  ],
  "IZIN-REKLAME": [
    t("Titik lokasi reklame sesuai koordinat permohonan", "Billboard location matches the coordinates applied for"),
    t("Ukuran dan ketinggian sesuai gambar teknis", "Size and height match the technical drawing"),
    t("Konstruksi kokoh dan aman bagi pengguna jalan", "Structure is sound and safe for road users"),
    t("Tidak mengganggu rambu, penerangan jalan, atau jarak pandang", "Does not obstruct signs, street lighting or sight lines"),
    t("Materi reklame sesuai ketentuan", "Advertising content complies with the rules"),
  ],
  "PKPLH": [
    t("Kegiatan di lokasi sesuai dokumen UKL-UPL", "Activities on site match the UKL-UPL document"),
    t("Sarana pengelolaan limbah cair tersedia", "Wastewater management in place"),
    t("Tempat penyimpanan sementara limbah B3 sesuai ketentuan", "Temporary hazardous waste storage as required"),
    t("Pengelolaan sampah dan emisi sesuai rencana", "Waste and emissions managed as planned"),
  ],
};

export const PERMIT_TYPES: PermitTypeDefinition[] = [
  SIP_DOKTER,
  SIP_DOKTER_GIGI,
  SIP_BIDAN,
  SIP_PERAWAT,
  SIP_APOTEKER,
  SIP_TTK,
  IZIN_APOTEK,
  IZIN_KLINIK_PRATAMA,
  IO_PAUD,
  schoolPermit("SD"),
  schoolPermit("SMP"),
  IZIN_LKP,
  SKP_PENELITIAN,
  IZIN_REKLAME,
  PKPLH,
  SPPL,
].map((definition) => (CHECKLISTS[definition.code] ? { ...definition, inspectionChecklist: CHECKLISTS[definition.code] } : definition));
