// Seed reference data for risk-based business licensing (OSS RBA, DESIGN.md section 4): a subset of the
// KBLI 2020 five-digit activities a city DPMPTSP sees most, and a risk rule table for them modelled on
// Lampiran I PP No. 5 Tahun 2021 and OSS practice. Titles follow the KBLI 2020 wording (Peraturan BPS
// No. 2 Tahun 2020) in title case. The rule table is a starting point: the office admin checks every row
// against the PP 5/2021 annex, the sectoral standards (e.g. Permenkes No. 14 Tahun 2021, Permenparekraf
// No. 4 Tahun 2021) and the city's own Perda before going live, and edits it through the CSV import.
//
// Parameters: `landAreaM2` is land area in m² (25 ha = 250,000 m²), `buildingAreaM2` is floor area in m²,
// `capacity` is rooms (accommodation), beds (health), heads or birds (livestock) or tonnes/m³ a year
// (processing), as each rule's comment says. Bounds are min inclusive, max exclusive.
import type { BasicRequirement, BusinessScale, KbliEntry, RiskLevel, RiskRule, RuleParameter } from "@/lib/risk/rules";

// ---------------------------------------------------------------------------------------------
// KBLI 2020 subset

const k = (code: string, section: string, titleId: string, titleEn: string): KbliEntry => ({ code, section, titleId, titleEn });

export const KBLI: KbliEntry[] = [
  // A: agriculture, plantations, livestock, fisheries
  k("01111", "A", "Pertanian Jagung", "Maize farming"),
  k("01113", "A", "Pertanian Kedelai", "Soybean farming"),
  k("01122", "A", "Pertanian Padi Inbrida", "Inbred rice farming"),
  k("01131", "A", "Pertanian Hortikultura Sayuran Daun", "Leafy vegetable horticulture"),
  k("01133", "A", "Pertanian Hortikultura Sayuran Buah", "Fruiting vegetable horticulture"),
  k("01136", "A", "Pertanian Jamur", "Mushroom farming"),
  k("01193", "A", "Pertanian Tanaman Bunga", "Flower farming"),
  k("01220", "A", "Pertanian Buah-Buahan Tropis dan Subtropis", "Tropical and subtropical fruit farming"),
  k("01262", "A", "Perkebunan Buah Kelapa Sawit", "Oil palm plantations"),
  k("01270", "A", "Pertanian Tanaman untuk Bahan Minuman", "Growing of beverage crops (coffee, tea, cocoa)"),
  k("01283", "A", "Pertanian Cabai", "Chilli farming"),
  k("01291", "A", "Perkebunan Karet dan Tanaman Penghasil Getah Lainnya", "Rubber and other latex-producing plantations"),
  k("01301", "A", "Pertanian Tanaman Hias", "Ornamental plant farming"),
  k("01411", "A", "Pembibitan dan Budidaya Sapi Potong", "Beef cattle breeding and raising"),
  k("01412", "A", "Pembibitan dan Budidaya Sapi Perah", "Dairy cattle breeding and raising"),
  k("01442", "A", "Pembibitan dan Budidaya Kambing Potong", "Meat goat breeding and raising"),
  k("01461", "A", "Budidaya Ayam Ras Pedaging", "Broiler chicken farming"),
  k("01462", "A", "Budidaya Ayam Ras Petelur", "Laying hen farming"),
  k("01464", "A", "Budidaya Ayam Lokal dan Persilangannya", "Native chicken and crossbreed farming"),
  k("01497", "A", "Pembibitan dan Budidaya Burung Walet", "Swiftlet breeding and farming"),
  k("01611", "A", "Jasa Pengolahan Lahan", "Land preparation services"),
  k("03111", "A", "Penangkapan Pisces/Ikan Bersirip di Laut", "Marine capture of finfish (Pisces)"),
  k("03221", "A", "Pembesaran Ikan Air Tawar di Kolam", "Freshwater fish grow-out in ponds"),
  k("03225", "A", "Budidaya Ikan Hias Air Tawar", "Freshwater ornamental fish farming"),
  k("03226", "A", "Pembenihan Ikan Air Tawar", "Freshwater fish hatcheries"),

  // C: manufacturing
  k("10330", "C", "Industri Pengolahan Sari Buah dan Sayuran", "Manufacture of fruit and vegetable juices"),
  k("10391", "C", "Industri Tempe Kedelai", "Manufacture of soybean tempeh"),
  k("10392", "C", "Industri Tahu Kedelai", "Manufacture of soybean tofu"),
  k("10437", "C", "Industri Minyak Goreng Kelapa Sawit", "Manufacture of palm cooking oil"),
  k("10531", "C", "Industri Pengolahan Es Krim", "Manufacture of ice cream"),
  k("10631", "C", "Industri Penggilingan Padi dan Penyosohan Beras", "Rice milling and polishing"),
  k("10710", "C", "Industri Produk Roti dan Kue", "Manufacture of bread and cake products (bakeries)"),
  k("10722", "C", "Industri Gula Merah", "Manufacture of palm and brown sugar"),
  k("10740", "C", "Industri Makaroni, Mie dan Produk Sejenisnya", "Manufacture of macaroni, noodles and similar products"),
  k("10750", "C", "Industri Makanan dan Masakan Olahan", "Manufacture of prepared meals and dishes"),
  k("10761", "C", "Industri Pengolahan Kopi", "Coffee processing"),
  k("10763", "C", "Industri Pengolahan Teh", "Tea processing"),
  k("10771", "C", "Industri Kecap", "Manufacture of soy sauce (kecap)"),
  k("10772", "C", "Industri Bumbu Masak dan Penyedap Masakan", "Manufacture of cooking spices and seasonings"),
  k("10792", "C", "Industri Kue Basah", "Manufacture of traditional moist cakes (kue basah)"),
  k("10794", "C", "Industri Kerupuk, Keripik, Peyek dan Sejenisnya", "Manufacture of crackers, chips, peyek and similar snacks"),
  k("10796", "C", "Industri Dodol", "Manufacture of dodol"),
  k("10801", "C", "Industri Ransum Makanan Hewan", "Manufacture of prepared animal feed rations"),
  k("11040", "C", "Industri Minuman Ringan", "Manufacture of soft drinks"),
  k("11051", "C", "Industri Air Kemasan", "Manufacture of packaged drinking water"),
  k("11052", "C", "Industri Air Minum Isi Ulang", "Refill drinking water depots"),
  k("13134", "C", "Industri Batik", "Batik making"),
  k("14111", "C", "Industri Pakaian Jadi (Konveksi) dari Tekstil", "Manufacture of textile garments (garment workshops)"),
  k("14120", "C", "Penjahitan dan Pembuatan Pakaian Sesuai Pesanan", "Tailoring and made-to-measure clothing"),
  k("14302", "C", "Industri Pakaian Jadi Sulaman/Bordir", "Manufacture of embroidered garments"),
  k("15201", "C", "Industri Alas Kaki untuk Keperluan Sehari-hari", "Manufacture of everyday footwear"),
  k("16101", "C", "Industri Penggergajian Kayu", "Sawmilling of wood"),
  k("16291", "C", "Industri Barang Anyaman dari Rotan dan Bambu", "Manufacture of woven rattan and bamboo goods"),
  k("16293", "C", "Industri Kerajinan Ukiran dari Kayu Bukan Mebeller", "Manufacture of wood carvings other than furniture"),
  k("18111", "C", "Industri Pencetakan Umum", "General printing"),
  k("18120", "C", "Kegiatan Jasa Penunjang Pencetakan", "Service activities related to printing"),
  k("19213", "C", "Industri Pengolahan Kembali Minyak Pelumas Bekas", "Re-refining of used lubricating oil"),
  k("20211", "C", "Industri Bahan Baku Pemberantas Hama (Bahan Aktif)", "Manufacture of pesticide active ingredients"),
  k("20221", "C", "Industri Cat dan Tinta Cetak", "Manufacture of paints and printing inks"),
  k("20231", "C", "Industri Sabun dan Bahan Pembersih Keperluan Rumah Tangga", "Manufacture of soap and household cleaning products"),
  k("20232", "C", "Industri Kosmetik untuk Manusia, Termasuk Pasta Gigi", "Manufacture of cosmetics for humans, including toothpaste"),
  k("20292", "C", "Industri Bahan Peledak", "Manufacture of explosives"),
  k("21012", "C", "Industri Produk Farmasi untuk Manusia", "Manufacture of pharmaceutical products for humans"),
  k("21022", "C", "Industri Produk Obat Tradisional untuk Manusia", "Manufacture of traditional medicine (jamu) for humans"),
  k("31001", "C", "Industri Furnitur dari Kayu", "Manufacture of wooden furniture"),
  k("31002", "C", "Industri Furnitur dari Rotan dan atau Bambu", "Manufacture of rattan and/or bamboo furniture"),
  k("32120", "C", "Industri Perhiasan Imitasi dan Barang Sejenis", "Manufacture of imitation jewellery and related articles"),
  k("32903", "C", "Industri Kerajinan YTDL", "Manufacture of handicrafts n.e.c."),

  // E: waste management
  k("38120", "E", "Pengumpulan Limbah Berbahaya", "Collection of hazardous waste"),
  k("38220", "E", "Treatment dan Pembuangan Limbah Berbahaya", "Treatment and disposal of hazardous waste"),

  // F: construction
  k("41011", "F", "Konstruksi Gedung Hunian", "Construction of residential buildings"),
  k("41012", "F", "Konstruksi Gedung Perkantoran", "Construction of office buildings"),
  k("41014", "F", "Konstruksi Gedung Perbelanjaan", "Construction of shopping buildings"),
  k("41019", "F", "Konstruksi Gedung Lainnya", "Construction of other buildings"),
  k("42101", "F", "Konstruksi Bangunan Sipil Jalan", "Construction of roads"),
  k("42207", "F", "Pembuatan/Pengeboran Sumur Air Tanah", "Groundwater well construction and drilling"),
  k("43110", "F", "Pembongkaran", "Demolition"),
  k("43211", "F", "Instalasi Listrik", "Electrical installation"),
  k("43221", "F", "Instalasi Saluran Air (Plambing)", "Plumbing installation"),
  k("43224", "F", "Instalasi Pendingin dan Ventilasi Udara", "Air-conditioning and ventilation installation"),
  k("43303", "F", "Pengecatan", "Painting of buildings"),
  k("43304", "F", "Dekorasi Interior", "Interior decoration works"),

  // G: wholesale and retail trade, repair of motor vehicles
  k("45201", "G", "Reparasi Mobil", "Repair of cars"),
  k("45202", "G", "Pencucian dan Salon Mobil", "Car washing and detailing"),
  k("45406", "G", "Perdagangan Eceran Suku Cadang Sepeda Motor dan Aksesorinya", "Retail sale of motorcycle parts and accessories"),
  k("45407", "G", "Reparasi dan Perawatan Sepeda Motor", "Repair and maintenance of motorcycles"),
  k("46201", "G", "Perdagangan Besar Padi dan Palawija", "Wholesale of paddy and secondary food crops"),
  k("46638", "G", "Perdagangan Besar Berbagai Macam Material Bangunan", "Wholesale of assorted building materials"),
  k("46654", "G", "Perdagangan Besar Bahan Berbahaya dan Beracun (B3)", "Wholesale of hazardous and toxic materials (B3)"),
  k("46691", "G", "Perdagangan Besar Alat Laboratorium, Alat Farmasi dan Alat Kedokteran untuk Manusia", "Wholesale of laboratory, pharmaceutical and medical equipment for humans"),
  k("46900", "G", "Perdagangan Besar Berbagai Macam Barang", "Non-specialised wholesale trade"),
  k("47111", "G", "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau di Minimarket/Supermarket/Hypermarket", "Retail sale in minimarkets, supermarkets and hypermarkets, mainly food, beverages or tobacco"),
  k("47112", "G", "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Makanan, Minuman atau Tembakau Bukan di Minimarket/Supermarket/Hypermarket (Tradisional)", "Traditional retail of mixed goods, mainly food, beverages or tobacco (grocery stalls)"),
  k("47191", "G", "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Bukan Makanan, Minuman atau Tembakau di Toserba (Department Store)", "Retail sale in department stores, mainly non-food goods"),
  k("47192", "G", "Perdagangan Eceran Berbagai Macam Barang yang Utamanya Bukan Makanan, Minuman atau Tembakau (Barang-Barang Kelontong) Bukan di Toserba (Department Store)", "Retail sale of mixed non-food goods (general stores) other than in department stores"),
  k("47241", "G", "Perdagangan Eceran Beras", "Retail sale of rice"),
  k("47242", "G", "Perdagangan Eceran Roti, Kue Kering, serta Kue Basah dan Sejenisnya", "Retail sale of bread, biscuits, moist cakes and similar"),
  k("47301", "G", "Perdagangan Eceran Bahan Bakar Minyak, Bahan Bakar Gas (BBG), dan Liquefied Petroleum Gas (LPG) di Sarana Pengisian Bahan Bakar Transportasi Darat, Laut, dan Udara", "Retail sale of fuel, fuel gas and LPG at land, sea and air transport filling stations"),
  k("47411", "G", "Perdagangan Eceran Komputer dan Perlengkapannya", "Retail sale of computers and peripherals"),
  k("47414", "G", "Perdagangan Eceran Alat Telekomunikasi", "Retail sale of telecommunication equipment (mobile phones)"),
  k("47521", "G", "Perdagangan Eceran Barang Logam untuk Bahan Konstruksi", "Retail sale of metal construction materials (hardware)"),
  k("47528", "G", "Perdagangan Eceran Berbagai Macam Material Bangunan", "Retail sale of assorted building materials"),
  k("47591", "G", "Perdagangan Eceran Furnitur", "Retail sale of furniture"),
  k("47711", "G", "Perdagangan Eceran Pakaian", "Retail sale of clothing"),
  k("47721", "G", "Perdagangan Eceran Barang dan Obat Farmasi untuk Manusia di Apotik", "Retail sale of pharmaceutical goods for humans in pharmacies"),
  k("47722", "G", "Perdagangan Eceran Barang dan Obat Farmasi untuk Manusia Bukan di Apotik", "Retail sale of pharmaceutical goods for humans outside pharmacies (drugstores)"),
  k("47724", "G", "Perdagangan Eceran Kosmetik untuk Manusia", "Retail sale of cosmetics for humans"),
  k("47733", "G", "Perdagangan Eceran Kaca Mata", "Retail sale of spectacles (opticians)"),
  k("47735", "G", "Perdagangan Eceran Barang Perhiasan", "Retail sale of jewellery"),
  k("47772", "G", "Perdagangan Eceran Gas Elpiji", "Retail sale of LPG"),
  k("47911", "G", "Perdagangan Eceran Melalui Media untuk Komoditi Makanan, Minuman, Tembakau, Kimia, Farmasi, Kosmetik dan Alat Laboratorium", "Retail sale via media (online) of food, beverages, tobacco, chemicals, pharmaceuticals, cosmetics and laboratory equipment"),
  k("47912", "G", "Perdagangan Eceran Melalui Media untuk Komoditi Tekstil, Pakaian, Alas Kaki dan Barang Keperluan Pribadi", "Retail sale via media (online) of textiles, clothing, footwear and personal goods"),
  k("47919", "G", "Perdagangan Eceran Melalui Media untuk Berbagai Macam Barang Lainnya", "Retail sale via media (online) of other assorted goods"),

  // H: transportation and storage
  k("49221", "H", "Angkutan Bus Pariwisata", "Tourist bus transport"),
  k("49421", "H", "Angkutan Taksi", "Taxi transport"),
  k("49422", "H", "Angkutan Sewa", "Rental passenger transport (car hire with driver)"),
  k("49424", "H", "Angkutan Ojek Motor", "Motorcycle taxi (ojek) transport"),
  k("49431", "H", "Angkutan Bermotor untuk Barang Umum", "Motorised road transport of general freight"),
  k("49432", "H", "Angkutan Bermotor untuk Barang Khusus", "Motorised road transport of special freight"),
  k("52101", "H", "Pergudangan dan Penyimpanan", "Warehousing and storage"),
  k("52102", "H", "Aktivitas Cold Storage", "Cold storage"),
  k("52105", "H", "Aktivitas Penyimpanan B3", "Storage of hazardous and toxic materials (B3)"),
  k("52215", "H", "Aktivitas Perparkiran di Luar Badan Jalan (Off Street Parking)", "Off-street parking"),
  k("52291", "H", "Jasa Pengurusan Transportasi (JPT)", "Freight forwarding services"),
  k("53201", "H", "Aktivitas Kurir", "Courier activities"),
  k("53202", "H", "Aktivitas Agen Kurir", "Courier agent activities"),

  // I: accommodation and food service
  k("55110", "I", "Hotel Bintang", "Star-rated hotels"),
  k("55120", "I", "Hotel Melati", "Non-star (melati) hotels"),
  k("55130", "I", "Pondok Wisata", "Homestays"),
  k("55191", "I", "Penginapan Remaja (Youth Hostel)", "Youth hostels"),
  k("55193", "I", "Vila", "Villas"),
  k("55194", "I", "Apartemen Hotel", "Apartment hotels"),
  k("55199", "I", "Penyediaan Akomodasi Jangka Pendek Lainnya", "Other short-stay accommodation"),
  k("56101", "I", "Restoran", "Restaurants"),
  k("56102", "I", "Rumah/Warung Makan", "Eating houses and food stalls (warung makan)"),
  k("56103", "I", "Kedai Makanan", "Food kiosks"),
  k("56104", "I", "Penyediaan Makanan Keliling/Tempat Tidak Tetap", "Mobile or non-fixed food vending"),
  k("56210", "I", "Jasa Boga untuk Suatu Event Tertentu (Event Catering)", "Event catering"),
  k("56290", "I", "Penyediaan Jasa Boga Periode Tertentu", "Contract catering for a set period"),
  k("56301", "I", "Bar", "Bars"),
  k("56303", "I", "Rumah Minum/Kafe", "Cafés"),
  k("56304", "I", "Kedai Minuman", "Beverage kiosks"),

  // J: information and communication
  k("58110", "J", "Penerbitan Buku", "Book publishing"),
  k("58130", "J", "Penerbitan Surat Kabar, Jurnal dan Buletin atau Majalah", "Publishing of newspapers, journals, bulletins or magazines"),
  k("58200", "J", "Penerbitan Piranti Lunak (Software)", "Software publishing"),
  k("59112", "J", "Aktivitas Produksi Film, Video dan Program Televisi oleh Swasta", "Private film, video and television programme production"),
  k("60102", "J", "Penyiaran Radio oleh Swasta", "Private radio broadcasting"),
  k("61921", "J", "Internet Service Provider", "Internet service providers"),
  k("62011", "J", "Aktivitas Pengembangan Video Game", "Video game development"),
  k("62012", "J", "Aktivitas Pengembangan Aplikasi Perdagangan Melalui Internet (E-Commerce)", "Development of e-commerce applications"),
  k("62019", "J", "Aktivitas Pemrograman Komputer Lainnya", "Other computer programming activities"),
  k("62090", "J", "Aktivitas Teknologi Informasi dan Jasa Komputer Lainnya", "Other information technology and computer service activities"),
  k("63111", "J", "Aktivitas Pengolahan Data", "Data processing"),
  k("63112", "J", "Aktivitas Hosting dan YBDI", "Hosting and related activities"),
  k("63121", "J", "Portal Web dan/atau Platform Digital Tanpa Tujuan Komersial", "Non-commercial web portals and/or digital platforms"),
  k("63122", "J", "Portal Web dan/atau Platform Digital dengan Tujuan Komersial", "Commercial web portals and/or digital platforms"),

  // L: real estate
  k("68111", "L", "Real Estat yang Dimiliki Sendiri atau Disewa", "Real estate activities with own or leased property"),
  k("68120", "L", "Kawasan Pariwisata", "Tourism estates"),
  k("68130", "L", "Kawasan Industri", "Industrial estates"),
  k("68200", "L", "Real Estat atas Dasar Balas Jasa (Fee) atau Kontrak", "Real estate activities on a fee or contract basis (agents)"),

  // M: professional, scientific and technical activities
  k("69101", "M", "Aktivitas Pengacara", "Advocates' activities"),
  k("69201", "M", "Aktivitas Akuntansi, Pembukuan dan Pemeriksa", "Accounting, bookkeeping and auditing activities"),
  k("69202", "M", "Aktivitas Konsultasi Pajak", "Tax consultancy"),
  k("70209", "M", "Aktivitas Konsultasi Manajemen Lainnya", "Other management consultancy activities"),
  k("71101", "M", "Aktivitas Arsitektur", "Architectural activities"),
  k("71102", "M", "Aktivitas Keinsinyuran dan Konsultasi Teknis YBDI", "Engineering activities and related technical consultancy"),
  k("71202", "M", "Jasa Pengujian Laboratorium", "Laboratory testing services"),
  k("73100", "M", "Periklanan", "Advertising"),
  k("73201", "M", "Penelitian Pasar", "Market research"),
  k("74120", "M", "Aktivitas Desain Interior", "Interior design activities"),
  k("74130", "M", "Aktivitas Desain Komunikasi Visual/Desain Grafis", "Visual communication and graphic design activities"),
  k("74201", "M", "Aktivitas Fotografi", "Photographic activities"),
  k("74901", "M", "Aktivitas Penerjemah atau Interpreter", "Translation and interpretation activities"),
  k("75000", "M", "Aktivitas Kesehatan Hewan", "Veterinary activities"),

  // N: administrative and support service activities
  k("77100", "N", "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mobil, Bus, Truk dan Sejenisnya", "Renting and operating leasing of cars, buses, trucks and similar"),
  k("77291", "N", "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Alat Pesta", "Renting and operating leasing of party equipment"),
  k("77393", "N", "Aktivitas Penyewaan dan Sewa Guna Usaha Tanpa Hak Opsi Mesin dan Peralatan Konstruksi dan Teknik Sipil", "Renting and operating leasing of construction and civil engineering machinery"),
  k("78101", "N", "Aktivitas Penyeleksian dan Penempatan Tenaga Kerja Dalam Negeri", "Domestic recruitment and placement of workers"),
  k("79111", "N", "Aktivitas Agen Perjalanan Wisata", "Tourist travel agency activities"),
  k("79121", "N", "Aktivitas Biro Perjalanan Wisata", "Tour operator activities"),
  k("79122", "N", "Aktivitas Biro Perjalanan Ibadah Umroh dan Haji Khusus", "Umrah and special hajj pilgrimage tour operators"),
  k("80100", "N", "Aktivitas Keamanan Swasta", "Private security activities"),
  k("81210", "N", "Aktivitas Kebersihan Umum Bangunan", "General cleaning of buildings"),
  k("81300", "N", "Aktivitas Perawatan dan Pemeliharaan Taman", "Landscape care and maintenance"),
  k("82190", "N", "Aktivitas Fotokopi, Penyiapan Dokumen dan Aktivitas Khusus Penunjang Kantor Lainnya", "Photocopying, document preparation and other specialised office support"),
  k("82301", "N", "Jasa Penyelenggara Pertemuan, Perjalanan Insentif, Konferensi dan Pameran (MICE)", "Organisation of meetings, incentives, conferences and exhibitions (MICE)"),
  k("82302", "N", "Jasa Penyelenggara Event Khusus (Special Event)", "Special event organising"),

  // P: education (non-formal, private)
  k("85133", "P", "Pendidikan Kelompok Bermain", "Playgroups"),
  k("85134", "P", "Pendidikan Taman Penitipan Anak", "Day-care centres"),
  k("85410", "P", "Jasa Pendidikan Olahraga dan Rekreasi", "Sports and recreation education"),
  k("85491", "P", "Jasa Pendidikan Manajemen dan Perbankan", "Management and banking courses"),
  k("85492", "P", "Jasa Pendidikan Komputer (Teknologi Informasi dan Komunikasi) Swasta", "Private computer (ICT) courses"),
  k("85493", "P", "Pendidikan Bahasa Swasta", "Private language courses"),
  k("85495", "P", "Pendidikan Bimbingan Belajar dan Konseling Swasta", "Private tutoring and counselling"),
  k("85497", "P", "Pendidikan Teknik Swasta", "Private technical courses"),
  k("85499", "P", "Pendidikan Lainnya Swasta", "Other private education"),

  // Q: human health and social work
  k("86103", "Q", "Aktivitas Rumah Sakit Swasta", "Private hospital activities"),
  k("86105", "Q", "Aktivitas Klinik Swasta", "Private clinic activities"),
  k("86201", "Q", "Aktivitas Praktik Dokter", "General medical practice"),
  k("86202", "Q", "Aktivitas Praktik Dokter Spesialis", "Specialist medical practice"),
  k("86203", "Q", "Aktivitas Praktik Dokter Gigi", "Dental practice"),
  k("86901", "Q", "Aktivitas Pelayanan Kesehatan yang Dilakukan oleh Tenaga Kesehatan Selain Dokter dan Dokter Gigi", "Health services by health workers other than doctors and dentists (midwives, nurses, physiotherapists)"),
  k("86902", "Q", "Aktivitas Pelayanan Kesehatan Tradisional", "Traditional health services"),
  k("86903", "Q", "Aktivitas Pelayanan Penunjang Kesehatan", "Health support services (clinical laboratories, radiology)"),
  k("87302", "Q", "Aktivitas Sosial Swasta di Dalam Panti untuk Lanjut Usia", "Private residential care for the elderly"),

  // R: arts, entertainment and recreation
  k("90011", "R", "Aktivitas Seni Pertunjukan", "Performing arts"),
  k("91022", "R", "Museum yang Dikelola Swasta", "Privately run museums"),
  k("93114", "R", "Fasilitas Lapangan", "Sports field facilities (futsal, badminton courts)"),
  k("93116", "R", "Fasilitas Pusat Kebugaran/Fitness Center", "Fitness centres"),
  k("93219", "R", "Aktivitas Taman Bertema atau Taman Hiburan Lainnya", "Other theme park or amusement park activities"),
  k("93231", "R", "Wisata Agro", "Agritourism"),
  k("93244", "R", "Kolam Pemancingan", "Fishing ponds"),
  k("93292", "R", "Karaoke", "Karaoke"),
  k("93293", "R", "Usaha Arena Permainan", "Game arcades"),

  // S: other service activities
  k("95110", "S", "Reparasi Komputer dan Peralatan Sejenisnya", "Repair of computers and peripheral equipment"),
  k("95120", "S", "Reparasi Peralatan Komunikasi", "Repair of communication equipment (mobile phones)"),
  k("95210", "S", "Reparasi Alat-Alat Elektronik Konsumen", "Repair of consumer electronics"),
  k("95220", "S", "Reparasi Peralatan Rumah Tangga dan Peralatan Rumah dan Kebun", "Repair of household appliances and home and garden equipment"),
  k("95230", "S", "Reparasi Alas Kaki dan Barang dari Kulit", "Repair of footwear and leather goods"),
  k("95291", "S", "Aktivitas Vermak Pakaian", "Clothing alteration"),
  k("96111", "S", "Aktivitas Pangkas Rambut", "Barbershops"),
  k("96112", "S", "Aktivitas Salon Kecantikan", "Beauty salons"),
  k("96121", "S", "Rumah Pijat", "Massage parlours"),
  k("96122", "S", "Aktivitas Spa (Sante Par Aqua)", "Spas (sante par aqua)"),
  k("96200", "S", "Aktivitas Penatu", "Laundry services"),
  k("96910", "S", "Aktivitas Pemakaman dan Kegiatan YBDI", "Funeral and related activities"),
  k("96990", "S", "Aktivitas Jasa Perorangan Lainnya YTDL", "Other personal service activities n.e.c."),
];

/**
 * Seeded activities the rule table deliberately leaves out: a catch-all craft code, karaoke (which many
 * cities regulate by Perda on top of the national standard) and the personal-services catch-all. An
 * application for one of them goes to manual review instead of being classified by guess.
 */
export const UNRULED_KBLI: string[] = ["32903", "93292", "96990"];

// ---------------------------------------------------------------------------------------------
// Risk rules

const PP5 = "Lampiran I PP No. 5 Tahun 2021";
const sector = (name: string, extra?: string) => `${PP5}, sektor ${name}${extra ? `; ${extra}` : ""}`;

const PERTANIAN = sector("Pertanian");
const PERIKANAN = sector("Kelautan dan Perikanan");
const INDUSTRI = sector("Perindustrian");
const KESEHATAN = sector("Kesehatan, Obat dan Makanan", "Permenkes No. 14 Tahun 2021");
const LINGKUNGAN = sector("Lingkungan Hidup dan Kehutanan");
const ESDM = sector("Energi dan Sumber Daya Mineral");
const PUPR = sector("Pekerjaan Umum dan Perumahan Rakyat");
const PERDAGANGAN = sector("Perdagangan");
const TRANSPORTASI = sector("Transportasi");
const PARIWISATA = sector("Pariwisata", "Permenparekraf No. 4 Tahun 2021");
const POSTEL = sector("Pos, Telekomunikasi, Penyiaran, dan Sistem dan Transaksi Elektronik");
const PENDIDIKAN = sector("Pendidikan dan Kebudayaan");
const KETENAGAKERJAAN = sector("Ketenagakerjaan");
const KEAGAMAAN = sector("Keagamaan");
const HANKAM = sector("Pertahanan dan Keamanan");
/** Activities the annex does not list by sector; the level is the one OSS RBA assigns to the KBLI. */
const OSS = `${PP5} (tingkat risiko KBLI pada sistem OSS RBA)`;

/** Which basic requirements a rule names, by the kind of premises the activity needs. */
type Profile = (level: RiskLevel) => BasicRequirement[];
const ALL: BasicRequirement[] = ["KKPR", "PERSETUJUAN_LINGKUNGAN", "PBG"];
/** Office, online or off-site work: a location check only when the risk is high. */
const OFFICE: Profile = (level) => (level === "TINGGI" ? ["KKPR"] : []);
/** Shops, eateries, practices: location from medium-low up, a building approval from medium-high up. */
const PREMISES: Profile = (level) =>
  ({ RENDAH: [], MENENGAH_RENDAH: ["KKPR"], MENENGAH_TINGGI: ["KKPR", "PBG"], TINGGI: ALL })[level] as BasicRequirement[];
/** Production sites: environmental approval joins from medium-high up. */
const PLANT: Profile = (level) =>
  ({ RENDAH: [], MENENGAH_RENDAH: ["KKPR"], MENENGAH_TINGGI: ALL, TINGGI: ALL })[level] as BasicRequirement[];
/** Farms, plantations, ponds: land use and, when large, environmental approval; no building approval. */
const LAND: Profile = (level) =>
  ({ RENDAH: [], MENENGAH_RENDAH: ["KKPR"], MENENGAH_TINGGI: ["KKPR", "PERSETUJUAN_LINGKUNGAN"], TINGGI: ["KKPR", "PERSETUJUAN_LINGKUNGAN"] })[level] as BasicRequirement[];
/** Activities that put up buildings (accommodation, warehouses, estates): a building approval always. */
const BUILD: Profile = (level) =>
  ({ RENDAH: ["KKPR", "PBG"], MENENGAH_RENDAH: ["KKPR", "PBG"], MENENGAH_TINGGI: ALL, TINGGI: ALL })[level] as BasicRequirement[];

const SMALL: BusinessScale[] = ["MIKRO", "KECIL"];
const LARGER: BusinessScale[] = ["MENENGAH", "BESAR"];

interface Shape {
  scales?: BusinessScale[];
  parameter?: { name: RuleParameter; min?: number; max?: number };
}

function rule(kbli: string, level: RiskLevel, legalBasis: string, profile: Profile, shape: Shape = {}): RiskRule {
  const requirements = profile(level);
  return {
    kbli,
    ...(shape.scales ? { scales: [...shape.scales] } : {}),
    ...(shape.parameter ? { parameter: { ...shape.parameter } } : {}),
    level,
    ...(requirements.length ? { requirements: [...requirements] } : {}),
    legalBasis,
  };
}

/** One level for every scale. */
const flat = (kbli: string, level: RiskLevel, basis: string, profile: Profile) => [rule(kbli, level, basis, profile)];

/** Micro and small enterprises at one level, medium and large at another. */
const split = (kbli: string, small: RiskLevel, larger: RiskLevel, basis: string, profile: Profile) => [
  rule(kbli, small, basis, profile, { scales: SMALL }),
  rule(kbli, larger, basis, profile, { scales: LARGER }),
];

/** Micro and small, medium, and large enterprises at three levels (typical of PP 5/2021 for industry). */
const tiered = (kbli: string, small: RiskLevel, medium: RiskLevel, large: RiskLevel, basis: string, profile: Profile) => [
  rule(kbli, small, basis, profile, { scales: SMALL }),
  rule(kbli, medium, basis, profile, { scales: ["MENENGAH"] }),
  rule(kbli, large, basis, profile, { scales: ["BESAR"] }),
];

/** A level for every scale, raised for the named scales. */
const raisedFor = (kbli: string, base: RiskLevel, scales: BusinessScale[], raised: RiskLevel, basis: string, profile: Profile) => [
  rule(kbli, base, basis, profile),
  rule(kbli, raised, basis, profile, { scales }),
];

interface Band {
  min?: number;
  max?: number;
  level: RiskLevel;
}

/**
 * Levels by one parameter, for every scale, as contiguous bands (each band's max is the next band's min).
 * Combine with a parameter-less fallback so an activity whose parameter is unknown still has an answer.
 */
const bands = (kbli: string, name: RuleParameter, list: Band[], basis: string, profile: Profile) =>
  list.map((b) => rule(kbli, b.level, basis, profile, { parameter: { name, ...(b.min !== undefined ? { min: b.min } : {}), ...(b.max !== undefined ? { max: b.max } : {}) } }));

const HA_25 = 250_000; // 25 hectares in m²

/** Food crops and horticulture: up to 25 ha low risk, from 25 ha medium-high (PP 5/2021, Pertanian). */
const foodCrop = (kbli: string) => [
  ...split(kbli, "RENDAH", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...bands(kbli, "landAreaM2", [{ max: HA_25, level: "RENDAH" }, { min: HA_25, level: "MENENGAH_TINGGI" }], PERTANIAN, LAND),
];

/** Plantations: under 25 ha registered (STD-B), from 25 ha a plantation business licence (IUP). */
const plantation = (kbli: string) => [
  ...split(kbli, "MENENGAH_RENDAH", "TINGGI", PERTANIAN, LAND),
  ...bands(kbli, "landAreaM2", [{ max: HA_25, level: "MENENGAH_RENDAH" }, { min: HA_25, level: "TINGGI" }], PERTANIAN, LAND),
];

/** Food and beverage manufacturing: small = self-declared standard, larger = verified standard. */
const foodIndustry = (kbli: string) => split(kbli, "MENENGAH_RENDAH", "MENENGAH_TINGGI", INDUSTRI, PLANT);

/** General (non-food) manufacturing: low, medium-low and medium-high by scale. */
const lightIndustry = (kbli: string) => tiered(kbli, "RENDAH", "MENENGAH_RENDAH", "MENENGAH_TINGGI", INDUSTRI, PLANT);

/** Building and civil works contractors (Permen PUPR No. 6 Tahun 2021): by qualification / scale. */
const contractor = (kbli: string) => tiered(kbli, "MENENGAH_RENDAH", "MENENGAH_TINGGI", "TINGGI", sector("Pekerjaan Umum dan Perumahan Rakyat", "Permen PUPR No. 6 Tahun 2021"), OFFICE);

export const RISK_RULES: RiskRule[] = [
  // ---- A: agriculture (land area in m²), livestock (capacity = heads or birds), fisheries
  ...foodCrop("01111"),
  ...foodCrop("01113"),
  ...foodCrop("01122"),
  ...foodCrop("01131"),
  ...foodCrop("01133"),
  ...foodCrop("01220"),
  ...foodCrop("01283"),
  ...split("01136", "RENDAH", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...split("01193", "RENDAH", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...split("01301", "RENDAH", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...plantation("01262"),
  ...plantation("01270"),
  ...plantation("01291"),
  // Cattle: capacity = heads.
  ...flat("01411", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...bands("01411", "capacity", [{ max: 100, level: "RENDAH" }, { min: 100, level: "MENENGAH_TINGGI" }], PERTANIAN, LAND),
  ...flat("01412", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...bands("01412", "capacity", [{ max: 50, level: "RENDAH" }, { min: 50, level: "MENENGAH_TINGGI" }], PERTANIAN, LAND),
  ...flat("01442", "RENDAH", PERTANIAN, LAND),
  ...bands("01442", "capacity", [{ min: 300, level: "MENENGAH_RENDAH" }], PERTANIAN, LAND),
  // Poultry: capacity = birds; large houses are buildings with waste to manage.
  ...split("01461", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PERTANIAN, PLANT),
  ...bands("01461", "capacity", [{ max: 15_000, level: "RENDAH" }, { min: 15_000, max: 50_000, level: "MENENGAH_RENDAH" }, { min: 50_000, level: "MENENGAH_TINGGI" }], PERTANIAN, PLANT),
  ...split("01462", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PERTANIAN, PLANT),
  ...bands("01462", "capacity", [{ max: 15_000, level: "RENDAH" }, { min: 15_000, max: 50_000, level: "MENENGAH_RENDAH" }, { min: 50_000, level: "MENENGAH_TINGGI" }], PERTANIAN, PLANT),
  ...split("01464", "RENDAH", "MENENGAH_RENDAH", PERTANIAN, LAND),
  ...flat("01497", "MENENGAH_RENDAH", PERTANIAN, BUILD),
  ...flat("01611", "RENDAH", PERTANIAN, OFFICE),
  ...tiered("03111", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "TINGGI", PERIKANAN, OFFICE),
  // Freshwater ponds: land area in m², 5 ha threshold.
  ...split("03221", "RENDAH", "MENENGAH_RENDAH", PERIKANAN, LAND),
  ...bands("03221", "landAreaM2", [{ max: 50_000, level: "RENDAH" }, { min: 50_000, level: "MENENGAH_RENDAH" }], PERIKANAN, LAND),
  ...flat("03225", "RENDAH", PERIKANAN, LAND),
  ...split("03226", "RENDAH", "MENENGAH_RENDAH", PERIKANAN, LAND),

  // ---- C: manufacturing
  ...foodIndustry("10330"),
  ...foodIndustry("10391"),
  ...foodIndustry("10392"),
  ...raisedFor("10437", "MENENGAH_TINGGI", ["BESAR"], "TINGGI", INDUSTRI, PLANT),
  ...foodIndustry("10531"),
  // Rice mills: capacity = tonnes of grain a year.
  ...flat("10631", "MENENGAH_RENDAH", INDUSTRI, PLANT),
  ...bands("10631", "capacity", [{ min: 10_000, level: "MENENGAH_TINGGI" }], INDUSTRI, PLANT),
  ...foodIndustry("10710"),
  ...foodIndustry("10722"),
  ...foodIndustry("10740"),
  ...foodIndustry("10750"),
  ...foodIndustry("10761"),
  ...foodIndustry("10763"),
  ...foodIndustry("10771"),
  ...foodIndustry("10772"),
  ...foodIndustry("10792"),
  ...foodIndustry("10794"),
  ...foodIndustry("10796"),
  ...foodIndustry("10801"),
  ...foodIndustry("11040"),
  ...tiered("11051", "MENENGAH_TINGGI", "MENENGAH_TINGGI", "TINGGI", INDUSTRI, PLANT),
  ...split("11052", "MENENGAH_RENDAH", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...lightIndustry("13134"),
  ...lightIndustry("14111"),
  ...flat("14120", "RENDAH", INDUSTRI, PREMISES),
  ...lightIndustry("14302"),
  ...lightIndustry("15201"),
  // Sawmills: capacity = m³ of logs a year.
  ...split("16101", "MENENGAH_RENDAH", "MENENGAH_TINGGI", INDUSTRI, PLANT),
  ...bands("16101", "capacity", [{ min: 6_000, level: "TINGGI" }], INDUSTRI, PLANT),
  ...split("16291", "RENDAH", "MENENGAH_RENDAH", INDUSTRI, PLANT),
  ...split("16293", "RENDAH", "MENENGAH_RENDAH", INDUSTRI, PLANT),
  ...lightIndustry("18111"),
  ...flat("18120", "RENDAH", INDUSTRI, PREMISES),
  ...flat("19213", "TINGGI", INDUSTRI, PLANT),
  ...flat("20211", "TINGGI", INDUSTRI, PLANT),
  ...split("20221", "MENENGAH_TINGGI", "TINGGI", INDUSTRI, PLANT),
  ...split("20231", "MENENGAH_RENDAH", "MENENGAH_TINGGI", INDUSTRI, PLANT),
  ...raisedFor("20232", "MENENGAH_TINGGI", ["BESAR"], "TINGGI", KESEHATAN, PLANT),
  ...flat("20292", "TINGGI", sector("Perindustrian", "sektor Pertahanan dan Keamanan"), PLANT),
  ...flat("21012", "TINGGI", KESEHATAN, PLANT),
  ...split("21022", "MENENGAH_TINGGI", "TINGGI", KESEHATAN, PLANT),
  ...lightIndustry("31001"),
  ...lightIndustry("31002"),
  ...split("32120", "RENDAH", "MENENGAH_RENDAH", INDUSTRI, PLANT),
  // 32903 Industri Kerajinan YTDL: no rule (manual review).

  // ---- E: hazardous waste
  ...flat("38120", "TINGGI", LINGKUNGAN, PLANT),
  ...flat("38220", "TINGGI", LINGKUNGAN, PLANT),

  // ---- F: construction
  ...contractor("41011"),
  ...contractor("41012"),
  ...contractor("41014"),
  ...contractor("41019"),
  ...contractor("42101"),
  ...contractor("43110"),
  ...flat("42207", "MENENGAH_TINGGI", ESDM, LAND),
  ...tiered("43211", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "MENENGAH_TINGGI", PUPR, OFFICE),
  ...tiered("43221", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "MENENGAH_TINGGI", PUPR, OFFICE),
  ...tiered("43224", "MENENGAH_RENDAH", "MENENGAH_TINGGI", "MENENGAH_TINGGI", PUPR, OFFICE),
  ...split("43303", "RENDAH", "MENENGAH_RENDAH", PUPR, OFFICE),
  ...split("43304", "RENDAH", "MENENGAH_RENDAH", PUPR, OFFICE),

  // ---- G: trade (Permendag No. 26 Tahun 2021 standards)
  ...split("45201", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...split("45202", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...flat("45406", "RENDAH", PERDAGANGAN, PREMISES),
  ...split("45407", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...split("46201", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...split("46638", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...flat("46654", "TINGGI", PERDAGANGAN, PREMISES),
  ...flat("46691", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...split("46900", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  // Toko swalayan by sales floor area (m²): minimarket under 400, supermarket 400 to 5,000, hypermarket from 5,000.
  ...split("47111", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PERDAGANGAN, PREMISES),
  ...bands("47111", "buildingAreaM2", [{ max: 400, level: "MENENGAH_RENDAH" }, { min: 400, max: 5_000, level: "MENENGAH_TINGGI" }, { min: 5_000, level: "TINGGI" }], PERDAGANGAN, PREMISES),
  ...flat("47112", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47191", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...bands("47191", "buildingAreaM2", [{ min: 5_000, level: "MENENGAH_TINGGI" }], PERDAGANGAN, PREMISES),
  ...flat("47192", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47241", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47242", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47301", "TINGGI", ESDM, PLANT),
  ...flat("47411", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47414", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47521", "RENDAH", PERDAGANGAN, PREMISES),
  ...split("47528", "RENDAH", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47591", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47711", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47721", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...flat("47722", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...flat("47724", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47733", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...flat("47735", "RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47772", "MENENGAH_RENDAH", PERDAGANGAN, PREMISES),
  ...flat("47911", "MENENGAH_RENDAH", PERDAGANGAN, OFFICE),
  ...flat("47912", "RENDAH", PERDAGANGAN, OFFICE),
  ...flat("47919", "RENDAH", PERDAGANGAN, OFFICE),

  // ---- H: transport and storage
  ...flat("49221", "MENENGAH_TINGGI", TRANSPORTASI, PREMISES),
  ...flat("49421", "MENENGAH_TINGGI", TRANSPORTASI, PREMISES),
  ...flat("49422", "MENENGAH_TINGGI", TRANSPORTASI, PREMISES),
  ...flat("49424", "RENDAH", TRANSPORTASI, OFFICE),
  ...split("49431", "RENDAH", "MENENGAH_RENDAH", TRANSPORTASI, PREMISES),
  ...flat("49432", "TINGGI", TRANSPORTASI, PREMISES),
  // Warehouses by site area (m²).
  ...split("52101", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PERDAGANGAN, BUILD),
  ...bands("52101", "landAreaM2", [{ max: 5_000, level: "MENENGAH_RENDAH" }, { min: 5_000, level: "MENENGAH_TINGGI" }], PERDAGANGAN, BUILD),
  ...flat("52102", "MENENGAH_TINGGI", PERDAGANGAN, BUILD),
  ...flat("52105", "TINGGI", LINGKUNGAN, BUILD),
  ...flat("52215", "MENENGAH_RENDAH", TRANSPORTASI, PREMISES),
  ...split("52291", "MENENGAH_RENDAH", "MENENGAH_TINGGI", TRANSPORTASI, OFFICE),
  ...split("53201", "MENENGAH_RENDAH", "MENENGAH_TINGGI", POSTEL, PREMISES),
  ...flat("53202", "RENDAH", POSTEL, OFFICE),

  // ---- I: accommodation (capacity = rooms) and food service
  ...flat("55110", "MENENGAH_TINGGI", PARIWISATA, BUILD),
  ...bands("55110", "capacity", [{ min: 100, level: "TINGGI" }], PARIWISATA, BUILD),
  ...flat("55120", "MENENGAH_RENDAH", PARIWISATA, BUILD),
  ...bands("55120", "capacity", [{ min: 50, level: "MENENGAH_TINGGI" }], PARIWISATA, BUILD),
  ...flat("55130", "RENDAH", PARIWISATA, PREMISES),
  ...bands("55130", "capacity", [{ max: 5, level: "RENDAH" }, { min: 5, level: "MENENGAH_RENDAH" }], PARIWISATA, PREMISES),
  ...flat("55191", "MENENGAH_RENDAH", PARIWISATA, BUILD),
  ...flat("55193", "MENENGAH_RENDAH", PARIWISATA, BUILD),
  ...flat("55194", "MENENGAH_TINGGI", PARIWISATA, BUILD),
  ...split("55199", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, PREMISES),
  ...tiered("56101", "RENDAH", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PARIWISATA, PREMISES),
  ...flat("56102", "RENDAH", PARIWISATA, PREMISES),
  ...flat("56103", "RENDAH", PARIWISATA, PREMISES),
  ...flat("56104", "RENDAH", PARIWISATA, OFFICE),
  ...split("56210", "MENENGAH_RENDAH", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...split("56290", "MENENGAH_RENDAH", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...flat("56301", "MENENGAH_TINGGI", PARIWISATA, PREMISES),
  ...split("56303", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, PREMISES),
  ...flat("56304", "RENDAH", PARIWISATA, PREMISES),

  // ---- J: information and communication
  ...flat("58110", "RENDAH", OSS, OFFICE),
  ...flat("58130", "RENDAH", OSS, OFFICE),
  ...flat("58200", "RENDAH", POSTEL, OFFICE),
  ...split("59112", "RENDAH", "MENENGAH_RENDAH", PENDIDIKAN, OFFICE),
  ...flat("60102", "TINGGI", POSTEL, PREMISES),
  ...flat("61921", "TINGGI", POSTEL, OFFICE),
  ...flat("62011", "RENDAH", POSTEL, OFFICE),
  ...flat("62012", "RENDAH", POSTEL, OFFICE),
  ...flat("62019", "RENDAH", POSTEL, OFFICE),
  ...flat("62090", "RENDAH", POSTEL, OFFICE),
  ...flat("63111", "RENDAH", POSTEL, OFFICE),
  ...split("63112", "RENDAH", "MENENGAH_RENDAH", POSTEL, OFFICE),
  ...flat("63121", "RENDAH", POSTEL, OFFICE),
  ...raisedFor("63122", "RENDAH", ["BESAR"], "MENENGAH_RENDAH", POSTEL, OFFICE),

  // ---- L: real estate (land area in m²)
  ...split("68111", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PUPR, BUILD),
  ...bands("68111", "landAreaM2", [{ max: 10_000, level: "MENENGAH_RENDAH" }, { min: 10_000, max: HA_25, level: "MENENGAH_TINGGI" }, { min: HA_25, level: "TINGGI" }], PUPR, BUILD),
  ...flat("68120", "TINGGI", PARIWISATA, BUILD),
  ...flat("68130", "TINGGI", INDUSTRI, BUILD),
  ...flat("68200", "RENDAH", PERDAGANGAN, OFFICE),

  // ---- M: professional, scientific and technical
  ...flat("69101", "RENDAH", OSS, OFFICE),
  ...flat("69201", "RENDAH", OSS, OFFICE),
  ...flat("69202", "RENDAH", OSS, OFFICE),
  ...flat("70209", "RENDAH", OSS, OFFICE),
  ...split("71101", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PUPR, OFFICE),
  ...split("71102", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PUPR, OFFICE),
  ...flat("71202", "MENENGAH_TINGGI", INDUSTRI, PREMISES),
  ...flat("73100", "RENDAH", OSS, OFFICE),
  ...flat("73201", "RENDAH", OSS, OFFICE),
  ...flat("74120", "RENDAH", OSS, OFFICE),
  ...flat("74130", "RENDAH", OSS, OFFICE),
  ...flat("74201", "RENDAH", OSS, OFFICE),
  ...flat("74901", "RENDAH", OSS, OFFICE),
  ...flat("75000", "MENENGAH_TINGGI", PERTANIAN, PREMISES),

  // ---- N: administrative and support services
  ...split("77100", "RENDAH", "MENENGAH_RENDAH", TRANSPORTASI, PREMISES),
  ...flat("77291", "RENDAH", OSS, PREMISES),
  ...split("77393", "RENDAH", "MENENGAH_RENDAH", PUPR, PREMISES),
  ...flat("78101", "MENENGAH_TINGGI", KETENAGAKERJAAN, OFFICE),
  ...flat("79111", "RENDAH", PARIWISATA, OFFICE),
  ...flat("79121", "MENENGAH_RENDAH", PARIWISATA, OFFICE),
  ...flat("79122", "TINGGI", KEAGAMAAN, OFFICE),
  ...flat("80100", "TINGGI", HANKAM, OFFICE),
  ...flat("81210", "RENDAH", OSS, OFFICE),
  ...flat("81300", "RENDAH", OSS, OFFICE),
  ...flat("82190", "RENDAH", OSS, PREMISES),
  ...split("82301", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, OFFICE),
  ...split("82302", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, OFFICE),

  // ---- P: education (private courses and training institutions, early childhood)
  ...flat("85133", "MENENGAH_RENDAH", PENDIDIKAN, PREMISES),
  ...flat("85134", "MENENGAH_RENDAH", PENDIDIKAN, PREMISES),
  ...split("85410", "RENDAH", "MENENGAH_RENDAH", PENDIDIKAN, PREMISES),
  ...split("85491", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PENDIDIKAN, PREMISES),
  ...split("85492", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PENDIDIKAN, PREMISES),
  ...split("85493", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PENDIDIKAN, PREMISES),
  ...flat("85495", "MENENGAH_RENDAH", PENDIDIKAN, PREMISES),
  ...split("85497", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PENDIDIKAN, PREMISES),
  ...split("85499", "MENENGAH_RENDAH", "MENENGAH_TINGGI", PENDIDIKAN, PREMISES),

  // ---- Q: health (capacity = inpatient beds)
  ...flat("86103", "TINGGI", KESEHATAN, BUILD),
  ...flat("86105", "MENENGAH_TINGGI", KESEHATAN, PREMISES),
  ...bands("86105", "capacity", [{ min: 10, level: "TINGGI" }], KESEHATAN, PREMISES),
  ...flat("86201", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...flat("86202", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...flat("86203", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...flat("86901", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...split("86902", "RENDAH", "MENENGAH_RENDAH", KESEHATAN, PREMISES),
  ...raisedFor("86903", "MENENGAH_TINGGI", ["BESAR"], "TINGGI", KESEHATAN, PLANT),
  ...flat("87302", "MENENGAH_TINGGI", OSS, PREMISES),

  // ---- R: arts, entertainment and recreation
  ...flat("90011", "RENDAH", PARIWISATA, OFFICE),
  ...flat("91022", "MENENGAH_RENDAH", PENDIDIKAN, PREMISES),
  ...split("93114", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, PREMISES),
  ...split("93116", "RENDAH", "MENENGAH_RENDAH", PARIWISATA, PREMISES),
  ...flat("93219", "MENENGAH_TINGGI", PARIWISATA, BUILD),
  ...bands("93219", "landAreaM2", [{ max: 10_000, level: "MENENGAH_RENDAH" }, { min: 10_000, level: "MENENGAH_TINGGI" }], PARIWISATA, BUILD),
  ...flat("93231", "MENENGAH_RENDAH", PARIWISATA, LAND),
  ...flat("93244", "RENDAH", PARIWISATA, PREMISES),
  // 93292 Karaoke: no rule (manual review; regulated by city Perda).
  ...flat("93293", "MENENGAH_RENDAH", PARIWISATA, PREMISES),

  // ---- S: other services
  ...flat("95110", "RENDAH", OSS, PREMISES),
  ...flat("95120", "RENDAH", OSS, PREMISES),
  ...flat("95210", "RENDAH", OSS, PREMISES),
  ...flat("95220", "RENDAH", OSS, PREMISES),
  ...flat("95230", "RENDAH", OSS, PREMISES),
  ...flat("95291", "RENDAH", OSS, PREMISES),
  ...flat("96111", "RENDAH", OSS, PREMISES),
  ...split("96112", "RENDAH", "MENENGAH_RENDAH", OSS, PREMISES),
  ...flat("96121", "MENENGAH_RENDAH", PARIWISATA, PREMISES),
  ...flat("96122", "MENENGAH_TINGGI", PARIWISATA, PREMISES),
  ...split("96200", "RENDAH", "MENENGAH_RENDAH", OSS, PREMISES),
  ...flat("96910", "MENENGAH_RENDAH", OSS, LAND),
  // 96990 Aktivitas Jasa Perorangan Lainnya YTDL: no rule (manual review).
];
