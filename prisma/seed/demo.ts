// The demo office, its agencies and one account per role. Demo accounts share one documented password.
export const DEMO_PASSWORD = "Perizinan2026";

export const DEMO_OFFICE = {
  code: "KOTA-CONTOH",
  name: "DPMPTSP Kota Contoh",
  city: "Kota Contoh",
  address: "Jl. Merdeka No. 1, Kota Contoh 40111",
  contact: "Telepon (022) 1234567 | Pos-el dpmptsp@kotacontoh.go.id",
};

// kbliSections: the KBLI 2020 sections whose medium-high and high risk activities the agency verifies.
export const DEMO_AGENCIES = [
  { code: "DINKES", nameId: "Dinas Kesehatan", nameEn: "Health Office", kbliSections: ["Q"] },
  { code: "DISDIK", nameId: "Dinas Pendidikan", nameEn: "Education Office", kbliSections: ["P"] },
  { code: "DPUPR", nameId: "Dinas Pekerjaan Umum dan Penataan Ruang", nameEn: "Public Works and Spatial Planning Office", kbliSections: ["F", "L"] },
  { code: "DLH", nameId: "Dinas Lingkungan Hidup", nameEn: "Environment Office", kbliSections: ["E"] },
  { code: "KESBANGPOL", nameId: "Badan Kesatuan Bangsa dan Politik", nameEn: "National Unity and Politics Agency", kbliSections: [] },
  { code: "DISPERINDAG", nameId: "Dinas Perindustrian dan Perdagangan", nameEn: "Industry and Trade Office", kbliSections: ["C", "G"] },
  { code: "DKPP", nameId: "Dinas Ketahanan Pangan dan Pertanian", nameEn: "Food Security and Agriculture Office", kbliSections: ["A"] },
  { code: "DISPAR", nameId: "Dinas Kebudayaan dan Pariwisata", nameEn: "Culture and Tourism Office", kbliSections: ["I", "R"] },
  { code: "DISKOMINFO", nameId: "Dinas Komunikasi dan Informatika", nameEn: "Communication and Informatics Office", kbliSections: ["J"] },
  { code: "DISHUB", nameId: "Dinas Perhubungan", nameEn: "Transport Office", kbliSections: ["H"] },
  { code: "DISKOPUKM", nameId: "Dinas Koperasi dan Usaha Mikro", nameEn: "Cooperatives and Micro Enterprises Office", kbliSections: ["M", "N", "S"] },
] as const;

export const DEMO_USERS = [
  { email: "pemohon@contoh.id", fullName: "Rina Marlina", role: "APPLICANT", nik: "3273015501900001", phone: "+6281234567890" },
  { email: "front.office@kotacontoh.go.id", fullName: "Siti Rahmawati", role: "FRONT_OFFICE" },
  { email: "back.office@kotacontoh.go.id", fullName: "Budi Santoso", role: "BACK_OFFICE" },
  { email: "dinkes@kotacontoh.go.id", fullName: "dr. Andi Wijaya", role: "TECHNICAL", agency: "DINKES", position: "Kepala Seksi Pelayanan Kesehatan", nip: "198203142009011004" },
  { email: "disdik@kotacontoh.go.id", fullName: "Dewi Lestari, S.Pd.", role: "TECHNICAL", agency: "DISDIK", position: "Pengawas Sekolah Ahli Muda", nip: "198507212010012015" },
  { email: "penilik.disdik@kotacontoh.go.id", fullName: "Agus Salim, S.Pd.", role: "TECHNICAL", agency: "DISDIK", position: "Penilik PAUD", nip: "199001052015031002" },
  { email: "disperindag@kotacontoh.go.id", fullName: "Yusuf Hidayat, S.T.", role: "TECHNICAL", agency: "DISPERINDAG", position: "Penera Ahli Pertama", nip: "199110302019031006" },
  { email: "kepala@kotacontoh.go.id", fullName: "Ir. Hendra Gunawan, M.Si.", role: "HEAD" },
  { email: "admin@kotacontoh.go.id", fullName: "Agus Prasetyo", role: "ADMIN" },
] as const;
