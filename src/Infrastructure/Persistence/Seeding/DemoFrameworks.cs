namespace AsnCompetency.Infrastructure.Persistence.Seeding;

/// <summary>A technical competency dictionary (kamus kompetensi teknis) of one agency.</summary>
internal sealed record DemoFramework(string Code, string Name, string AlternativeName, string Description, IReadOnlyList<DemoCompetencyGroup> Groups);

internal sealed record DemoCompetencyGroup(string Code, string Name, IReadOnlyList<DemoCompetency> Competencies);

/// <summary>A competency with its five levels, level 1 first.</summary>
internal sealed record DemoCompetency(string Code, string Name, string AlternativeName, string Description, IReadOnlyList<DemoLevel> Levels);

internal sealed record DemoLevel(string Description, IReadOnlyList<string> Indicators);

/// <summary>
/// The demo agencies' technical dictionaries. Sectors publish their own technical competencies
/// (DOMAIN.md §1); these follow the training needs the seed documents name (§8): health and
/// hospital management, e-government, public service, teaching methods, practice-based projects.
/// </summary>
internal static class DemoFrameworks
{
    public static DemoFramework LampungSelatan() => new(
        "TEKNIS-KES-TIK",
        "Kamus Kompetensi Teknis Kesehatan dan Informatika",
        "Technical Competency Dictionary for Health and Informatics",
        "Kompetensi teknis bagi jabatan di lingkungan Dinas Kesehatan, Dinas Pendidikan dan Kebudayaan, serta Dinas Komunikasi dan Informatika "
        + "Kabupaten Lampung Selatan, disusun dari analisis kebutuhan pelatihan perangkat daerah.",
        [
            new("KES", "Kesehatan", [PrimaryCareManagement("KES.01"), Surveillance("KES.02"), PrimaryCare("KES.03")]),
            new("TIK", "Teknologi Informasi dan Komunikasi", [EGovernment("TIK.01"), InformationSecurity("TIK.02")]),
            new("PDK", "Pendidikan", [InnovativeTeaching("PDK.01")]),
        ]);

    public static DemoFramework KecamatanAlak() => new(
        "TEKNIS-PELAYANAN-KEC",
        "Kamus Kompetensi Teknis Pelayanan Kecamatan",
        "Technical Competency Dictionary for Sub-district Services",
        "Kompetensi teknis bagi aparatur Kecamatan Alak dan kelurahan di wilayahnya dalam pelayanan administrasi, penanganan pengaduan, "
        + "pemberdayaan masyarakat, serta ketenteraman dan ketertiban umum.",
        [
            new("PEL", "Pelayanan Publik", [IntegratedServices("PEL.01"), Complaints("PEL.02")]),
            new("PEM", "Pemerintahan dan Pemberdayaan", [Empowerment("PEM.01")]),
            new("TRB", "Ketenteraman dan Ketertiban", [PublicOrder("TRB.01")]),
        ]);

    public static DemoFramework KotaMedan() => new(
        "TEKNIS-PELAYANAN-KOTA",
        "Kamus Kompetensi Teknis Pelayanan Publik Kota",
        "Technical Competency Dictionary for Municipal Public Services",
        "Kompetensi teknis bagi jabatan di lingkungan Pemerintah Kota Medan: pelayanan kesehatan dan rumah sakit, tata kelola data, "
        + "manajemen proyek berbasis praktik, dan standar pelayanan publik.",
        [
            new("KES", "Kesehatan", [HospitalManagement("KES.01"), PrimaryCare("KES.02"), PatientSafety("KES.03")]),
            new("TIK", "Teknologi Informasi dan Komunikasi", [DataGovernance("TIK.01")]),
            new("PP", "Pengelolaan Proyek", [ProjectManagement("PP.01")]),
            new("PEL", "Pelayanan Publik", [ServiceStandards("PEL.01")]),
        ]);

    private static DemoCompetency PrimaryCareManagement(string code) => new(
        code,
        "Manajemen Puskesmas",
        "Primary health centre management",
        "Kemampuan merencanakan, menggerakkan dan melaksanakan, serta mengawasi, mengendalikan, dan menilai kinerja Puskesmas.",
        [
            L("Memahami struktur, fungsi, dan alur kerja Puskesmas serta melaksanakan tugas sesuai prosedur.",
                "Melaksanakan tugas pokok sesuai standar operasional prosedur Puskesmas.",
                "Mencatat dan melaporkan kegiatan harian sesuai format yang ditetapkan."),
            L("Menyusun rencana kegiatan unit pelayanan dan memantau capaiannya.",
                "Menyusun usulan kegiatan unit berdasarkan data capaian tahun sebelumnya.",
                "Memantau capaian indikator unit setiap bulan dan melaporkan penyimpangan."),
            L("Mengelola perencanaan tingkat Puskesmas serta lokakarya mini.",
                "Memimpin penyusunan Rencana Usulan Kegiatan dan Rencana Pelaksanaan Kegiatan Puskesmas.",
                "Menyelenggarakan lokakarya mini bulanan dan menindaklanjuti hasilnya."),
            L("Mengendalikan mutu, keuangan, dan sumber daya Puskesmas untuk mencapai standar pelayanan minimal.",
                "Menganalisis capaian Standar Pelayanan Minimal bidang kesehatan dan menetapkan langkah perbaikan.",
                "Mengelola dana BLUD dan BOK Puskesmas secara akuntabel."),
            L("Merumuskan kebijakan dan inovasi manajemen Puskesmas di tingkat kabupaten.",
                "Merumuskan kebijakan penguatan manajemen Puskesmas lintas wilayah.",
                "Menjadi narasumber dan pembina manajemen bagi Puskesmas lain."),
        ]);

    private static DemoCompetency Surveillance(string code) => new(
        code,
        "Surveilans Epidemiologi",
        "Epidemiological surveillance",
        "Kemampuan mengumpulkan, mengolah, menganalisis, dan menyebarluaskan data penyakit dan faktor risiko secara sistematis "
        + "sebagai dasar kewaspadaan dini dan respons kejadian luar biasa (KLB).",
        [
            L("Mengumpulkan dan mencatat data kasus penyakit sesuai format surveilans.",
                "Mengisi laporan mingguan Sistem Kewaspadaan Dini dan Respons (SKDR) tepat waktu dan lengkap.",
                "Melaporkan kasus penyakit berpotensi wabah kepada atasan dalam 24 jam."),
            L("Mengolah dan menyajikan data surveilans dalam tabel, grafik, dan peta sederhana.",
                "Menyajikan tren kasus mingguan per wilayah kerja.",
                "Memeriksa kelengkapan dan ketepatan laporan dari fasilitas kesehatan."),
            L("Menganalisis data surveilans untuk mendeteksi peningkatan kasus dan melakukan penyelidikan epidemiologi.",
                "Menetapkan sinyal kewaspadaan dini berdasarkan ambang batas kasus.",
                "Melaksanakan penyelidikan epidemiologi dan menyusun laporannya dalam 1×24 jam."),
            L("Mengendalikan respons KLB dan mengevaluasi sistem surveilans.",
                "Mengoordinasikan tim gerak cepat dalam penanggulangan KLB.",
                "Mengevaluasi atribut sistem surveilans dan merekomendasikan perbaikan."),
            L("Merumuskan kebijakan kewaspadaan dini dan pengendalian penyakit berbasis bukti.",
                "Merumuskan kebijakan pengendalian penyakit daerah berdasarkan kajian epidemiologi.",
                "Membangun jejaring surveilans lintas sektor dan lintas daerah."),
        ]);

    private static DemoCompetency PrimaryCare(string code) => new(
        code,
        "Pelayanan Kesehatan Primer",
        "Primary health care",
        "Kemampuan memberikan dan mengelola pelayanan kesehatan perseorangan dan masyarakat tingkat pertama yang bermutu, aman, "
        + "dan berorientasi pada pasien.",
        [
            L("Melaksanakan pelayanan dasar sesuai standar prosedur dan kewenangannya.",
                "Melakukan pemeriksaan dan tindakan dasar sesuai SOP.",
                "Mencatat pelayanan dalam rekam medis secara lengkap."),
            L("Memberikan pelayanan dan edukasi kesehatan secara mandiri untuk kasus umum.",
                "Memberikan edukasi kesehatan yang mudah dipahami pasien dan keluarga.",
                "Mengenali kasus yang perlu dirujuk dan melaksanakan rujukan sesuai prosedur."),
            L("Mengelola pelayanan kesehatan primer pada unit pelayanan dan membimbing petugas lain.",
                "Mengatur alur pelayanan sehingga waktu tunggu pasien berkurang.",
                "Membimbing petugas baru dalam penerapan standar pelayanan."),
            L("Meningkatkan mutu dan keselamatan pelayanan kesehatan primer di tingkat fasilitas.",
                "Menerapkan indikator mutu dan keselamatan pasien serta menindaklanjuti hasil survei kepuasan.",
                "Mengembangkan integrasi layanan primer berbasis siklus hidup di fasilitas."),
            L("Merumuskan strategi penguatan pelayanan kesehatan primer di tingkat daerah.",
                "Merumuskan kebijakan transformasi layanan primer daerah.",
                "Menjadi rujukan keilmuan dan pembina pelayanan primer bagi fasilitas lain."),
        ]);

    private static DemoCompetency EGovernment(string code) => new(
        code,
        "Pengelolaan Aplikasi e-Government",
        "E-government application management",
        "Kemampuan merencanakan, membangun, mengoperasikan, dan mengembangkan aplikasi Sistem Pemerintahan Berbasis Elektronik (SPBE) "
        + "yang terintegrasi.",
        [
            L("Mengoperasikan aplikasi layanan sesuai petunjuk penggunaan.",
                "Menginput dan memperbarui data pada aplikasi sesuai prosedur.",
                "Melaporkan gangguan aplikasi kepada pengelola."),
            L("Memelihara aplikasi dan melayani kebutuhan pengguna.",
                "Melakukan konfigurasi, pencadangan, dan pembaruan aplikasi secara terjadwal.",
                "Menangani permintaan bantuan pengguna sesuai tingkat layanan yang disepakati."),
            L("Merancang dan mengembangkan aplikasi sesuai proses bisnis perangkat daerah.",
                "Menyusun analisis kebutuhan dan rancangan aplikasi bersama pemilik proses bisnis.",
                "Mengintegrasikan aplikasi melalui antarmuka pemrograman (API) sesuai arsitektur SPBE."),
            L("Mengelola portofolio aplikasi perangkat daerah sesuai arsitektur SPBE daerah.",
                "Menata aplikasi untuk menghindari duplikasi dan mendorong penggunaan aplikasi umum.",
                "Mengevaluasi kinerja dan tingkat pemanfaatan aplikasi secara berkala."),
            L("Merumuskan kebijakan dan peta rencana SPBE daerah.",
                "Menyusun arsitektur dan peta rencana SPBE kabupaten.",
                "Memimpin evaluasi SPBE dan menetapkan strategi peningkatan indeksnya."),
        ]);

    private static DemoCompetency InformationSecurity(string code) => new(
        code,
        "Keamanan Informasi",
        "Information security",
        "Kemampuan melindungi kerahasiaan, keutuhan, dan ketersediaan informasi serta sistem elektronik pemerintah daerah.",
        [
            L("Menerapkan praktik dasar keamanan informasi dalam pekerjaan sendiri.",
                "Menggunakan kata sandi yang kuat dan tidak membagikannya.",
                "Melaporkan surel atau tautan mencurigakan kepada pengelola keamanan."),
            L("Menerapkan kontrol keamanan pada perangkat dan aplikasi yang dikelola.",
                "Mengatur hak akses pengguna sesuai prinsip kebutuhan minimum.",
                "Memasang pembaruan keamanan dan memeriksa log secara rutin."),
            L("Menilai risiko dan menangani insiden keamanan informasi.",
                "Melakukan penilaian kerentanan sistem elektronik perangkat daerah.",
                "Menangani insiden keamanan sesuai prosedur dan mendokumentasikannya."),
            L("Mengelola sistem manajemen keamanan informasi di lingkup pemerintah daerah.",
                "Menyusun kebijakan dan prosedur keamanan informasi berdasarkan SNI ISO/IEC 27001.",
                "Mengoordinasikan tim tanggap insiden siber (CSIRT) daerah."),
            L("Merumuskan strategi keamanan siber daerah dan membangun kerja sama lintas lembaga.",
                "Menetapkan strategi keamanan siber dan persandian daerah.",
                "Membangun kerja sama dengan BSSN dan instansi lain dalam penanganan insiden."),
        ]);

    private static DemoCompetency InnovativeTeaching(string code) => new(
        code,
        "Metode Pembelajaran Inovatif",
        "Innovative teaching methods",
        "Kemampuan merancang dan melaksanakan pembelajaran yang berpusat pada peserta didik dengan metode dan media yang inovatif.",
        [
            L("Melaksanakan pembelajaran sesuai rencana yang disusun.",
                "Menyampaikan materi sesuai modul ajar.",
                "Menggunakan media pembelajaran yang tersedia di sekolah."),
            L("Menerapkan metode pembelajaran aktif dan media yang bervariasi.",
                "Menerapkan diskusi kelompok, proyek, atau permainan edukatif.",
                "Menyesuaikan kegiatan belajar dengan kemampuan peserta didik."),
            L("Merancang pembelajaran berdiferensiasi dan berbasis proyek serta menilainya.",
                "Menyusun modul ajar berdiferensiasi berdasarkan asesmen awal.",
                "Menggunakan hasil asesmen formatif untuk memperbaiki pembelajaran."),
            L("Mengembangkan inovasi pembelajaran dan membimbing rekan sejawat.",
                "Menjadi fasilitator komunitas belajar di sekolah.",
                "Mendokumentasikan praktik baik dan membagikannya kepada guru lain."),
            L("Merumuskan model pembelajaran inovatif yang diterapkan lintas sekolah.",
                "Menghasilkan inovasi pembelajaran yang diadopsi sekolah lain.",
                "Menjadi narasumber pengembangan pembelajaran tingkat kabupaten."),
        ]);

    private static DemoCompetency IntegratedServices(string code) => new(
        code,
        "Pelayanan Administrasi Terpadu Kecamatan",
        "Integrated sub-district administrative services (PATEN)",
        "Kemampuan menyelenggarakan pelayanan perizinan dan nonperizinan di kecamatan dari tahap permohonan sampai terbitnya dokumen "
        + "di satu tempat (PATEN).",
        [
            L("Menerima dan memeriksa kelengkapan berkas permohonan sesuai standar pelayanan.",
                "Memeriksa persyaratan berkas sesuai daftar periksa.",
                "Memberikan tanda terima dan informasi waktu penyelesaian kepada pemohon."),
            L("Memproses permohonan sesuai standar waktu dan mengelola arsipnya.",
                "Menyelesaikan dokumen dalam jangka waktu standar pelayanan.",
                "Mencatat setiap permohonan dalam buku register atau aplikasi."),
            L("Mengelola loket PATEN dan memastikan kepatuhan pada standar pelayanan.",
                "Menyusun dan memutakhirkan standar pelayanan yang dipublikasikan.",
                "Memantau waktu layanan dan menindaklanjuti keterlambatan."),
            L("Mengembangkan inovasi pelayanan kecamatan berdasarkan survei kepuasan masyarakat.",
                "Menganalisis Indeks Kepuasan Masyarakat (IKM) dan menyusun rencana perbaikan.",
                "Mengembangkan layanan jemput bola atau daring bagi warga kelurahan yang jauh dari kantor camat."),
            L("Merumuskan kebijakan pelimpahan kewenangan dan model pelayanan kecamatan.",
                "Mengusulkan pelimpahan kewenangan wali kota kepada camat berdasarkan kajian.",
                "Menjadi acuan penerapan PATEN bagi kecamatan lain."),
        ]);

    private static DemoCompetency Complaints(string code) => new(
        code,
        "Penanganan Pengaduan Masyarakat",
        "Handling public complaints",
        "Kemampuan menerima, menindaklanjuti, dan menyelesaikan pengaduan masyarakat atas pelayanan publik secara cepat, tuntas, dan transparan.",
        [
            L("Menerima dan mencatat pengaduan masyarakat dengan sopan.",
                "Mencatat pengaduan lengkap dengan identitas pelapor dan pokok masalah.",
                "Meneruskan pengaduan kepada pejabat yang berwenang."),
            L("Menindaklanjuti pengaduan sederhana dan memberi jawaban kepada pelapor.",
                "Memberikan jawaban kepada pelapor dalam batas waktu yang ditentukan.",
                "Mengelola pengaduan yang masuk melalui SP4N-LAPOR!."),
            L("Menganalisis pengaduan dan mengoordinasikan penyelesaian lintas seksi atau kelurahan.",
                "Mengelompokkan pengaduan berdasarkan jenis layanan dan penyebabnya.",
                "Mengoordinasikan penyelesaian pengaduan yang melibatkan lebih dari satu unit."),
            L("Menggunakan data pengaduan untuk memperbaiki proses pelayanan.",
                "Menyusun laporan tren pengaduan dan rekomendasi perbaikan kepada pimpinan.",
                "Mengukur dampak perbaikan layanan, misalnya waktu layanan yang menurun."),
            L("Membangun sistem pengelolaan pengaduan yang terintegrasi dan partisipatif.",
                "Merumuskan mekanisme pengaduan terpadu kecamatan dan kelurahan.",
                "Melibatkan tokoh masyarakat dan forum warga dalam pengawasan pelayanan."),
        ]);

    private static DemoCompetency Empowerment(string code) => new(
        code,
        "Pemberdayaan Masyarakat Kelurahan",
        "Community empowerment in urban villages",
        "Kemampuan memfasilitasi masyarakat kelurahan untuk merencanakan, melaksanakan, dan mengawasi pembangunan serta meningkatkan "
        + "kesejahteraan secara partisipatif.",
        [
            L("Membantu pelaksanaan kegiatan pemberdayaan sesuai petunjuk.",
                "Menyiapkan administrasi musyawarah dan kegiatan warga.",
                "Mendata potensi dan permasalahan sosial di wilayah RT/RW."),
            L("Memfasilitasi kegiatan kelompok masyarakat di tingkat kelurahan.",
                "Memfasilitasi Musyawarah Perencanaan Pembangunan (Musrenbang) kelurahan.",
                "Mendampingi lembaga kemasyarakatan seperti LPM, PKK, dan Posyandu."),
            L("Merencanakan dan mengevaluasi program pemberdayaan berbasis data kelurahan.",
                "Menyusun program pemberdayaan berdasarkan profil dan data kemiskinan kelurahan.",
                "Mengevaluasi penggunaan dana kelurahan dan melaporkan hasilnya."),
            L("Mengembangkan kemitraan untuk pemberdayaan lintas kelurahan.",
                "Menjalin kemitraan dengan dunia usaha, perguruan tinggi, dan lembaga keagamaan.",
                "Memadukan program pemberdayaan antarkelurahan di kecamatan."),
            L("Merumuskan strategi pemberdayaan masyarakat di tingkat kota.",
                "Merumuskan kebijakan pemberdayaan berbasis kearifan lokal.",
                "Menjadi rujukan praktik baik pemberdayaan bagi kecamatan lain."),
        ]);

    private static DemoCompetency PublicOrder(string code) => new(
        code,
        "Ketenteraman dan Ketertiban Umum",
        "Public peace and order",
        "Kemampuan menjaga ketenteraman dan ketertiban umum serta menegakkan peraturan daerah secara humanis di wilayah kecamatan.",
        [
            L("Melaksanakan patroli dan pengamanan sesuai perintah.",
                "Melaksanakan patroli wilayah sesuai jadwal.",
                "Melaporkan gangguan ketertiban yang ditemukan."),
            L("Menangani pelanggaran ketertiban ringan secara persuasif.",
                "Memberikan teguran dan sosialisasi peraturan daerah kepada pelanggar.",
                "Menyusun berita acara kejadian secara lengkap."),
            L("Merencanakan dan memimpin operasi penertiban di kecamatan.",
                "Menyusun rencana operasi penertiban bersama Satpol PP dan aparat terkait.",
                "Memimpin penertiban sesuai prosedur dan menghormati hak asasi manusia."),
            L("Mengelola deteksi dini dan pencegahan konflik sosial.",
                "Mengoordinasikan forum koordinasi pimpinan kecamatan dalam pencegahan konflik.",
                "Menganalisis potensi kerawanan wilayah dan menyusun langkah pencegahan."),
            L("Merumuskan kebijakan ketenteraman dan ketertiban berbasis partisipasi masyarakat.",
                "Merumuskan kebijakan ketertiban yang melibatkan tokoh adat dan tokoh agama.",
                "Membangun sistem keamanan lingkungan yang berkelanjutan."),
        ]);

    private static DemoCompetency HospitalManagement(string code) => new(
        code,
        "Manajemen Rumah Sakit",
        "Hospital management",
        "Kemampuan mengelola pelayanan, sumber daya, keuangan, dan mutu rumah sakit daerah sesuai standar akreditasi dan tata kelola BLUD.",
        [
            L("Melaksanakan tugas di unit rumah sakit sesuai standar prosedur operasional.",
                "Menerapkan SPO unit kerja dalam pelayanan sehari-hari.",
                "Mencatat data pelayanan untuk pelaporan rumah sakit."),
            L("Mengelola kegiatan operasional satu unit pelayanan.",
                "Menyusun jadwal dinas dan kebutuhan logistik unit.",
                "Memantau indikator mutu unit dan melaporkannya setiap bulan."),
            L("Mengelola instalasi atau bidang rumah sakit untuk mencapai indikator kinerja.",
                "Menyusun rencana bisnis dan anggaran instalasi.",
                "Mengendalikan penggunaan sumber daya dan waktu tunggu pelayanan."),
            L("Mengelola mutu dan akreditasi rumah sakit secara menyeluruh.",
                "Memimpin persiapan dan tindak lanjut survei akreditasi rumah sakit.",
                "Menganalisis kinerja keuangan BLUD dan menetapkan langkah perbaikan."),
            L("Merumuskan strategi pengembangan rumah sakit daerah.",
                "Menyusun rencana strategis dan pengembangan layanan unggulan rumah sakit.",
                "Membangun kerja sama dengan perguruan tinggi dan jejaring rujukan."),
        ]);

    private static DemoCompetency PatientSafety(string code) => new(
        code,
        "Keselamatan Pasien",
        "Patient safety",
        "Kemampuan mencegah cedera pada pasien dengan menerapkan sasaran keselamatan pasien, melaporkan insiden, dan belajar darinya.",
        [
            L("Menerapkan sasaran keselamatan pasien dalam pelayanan sendiri.",
                "Mengidentifikasi pasien dengan dua identitas sebelum tindakan.",
                "Melakukan kebersihan tangan pada lima momen."),
            L("Mengenali dan melaporkan insiden keselamatan pasien.",
                "Melaporkan insiden atau kejadian nyaris cedera dalam 2×24 jam.",
                "Menerapkan komunikasi efektif SBAR saat serah terima pasien."),
            L("Menganalisis insiden dan menerapkan langkah pencegahan di unit.",
                "Melakukan analisis akar masalah sederhana atas insiden.",
                "Menerapkan manajemen risiko klinis di unit kerja."),
            L("Mengelola program keselamatan pasien rumah sakit.",
                "Memimpin komite atau tim keselamatan pasien.",
                "Menganalisis tren insiden dan menetapkan program perbaikan."),
            L("Membangun budaya keselamatan pasien di rumah sakit dan jejaringnya.",
                "Menetapkan kebijakan keselamatan pasien dan mengukur budaya keselamatan.",
                "Membagikan pembelajaran dari insiden ke fasilitas lain dalam jejaring rujukan."),
        ]);

    private static DemoCompetency DataGovernance(string code) => new(
        code,
        "Tata Kelola Data dan Satu Data",
        "Data governance and One Data Indonesia",
        "Kemampuan mengelola data pemerintah kota sesuai prinsip Satu Data Indonesia: standar data, metadata, interoperabilitas, "
        + "dan kode referensi.",
        [
            L("Mengumpulkan dan menginput data sesuai standar dan format yang ditetapkan.",
                "Mengisi data pada portal atau aplikasi sesuai format baku.",
                "Memeriksa kelengkapan data sebelum diserahkan."),
            L("Mengolah data dan melengkapi metadata.",
                "Membersihkan dan memvalidasi data sebelum dipublikasikan.",
                "Menyusun metadata sesuai standar Satu Data."),
            L("Mengelola data sektoral perangkat daerah sebagai produsen data.",
                "Menyusun daftar data dan jadwal pemutakhiran perangkat daerah.",
                "Mempublikasikan data di portal Satu Data kota."),
            L("Mengoordinasikan penyelenggaraan Satu Data di lingkup pemerintah kota.",
                "Menjalankan peran walidata dan membina produsen data.",
                "Menyelenggarakan forum Satu Data dan menyelesaikan perbedaan data antarperangkat daerah."),
            L("Merumuskan kebijakan tata kelola data untuk pengambilan keputusan berbasis bukti.",
                "Merumuskan kebijakan dan peta jalan Satu Data kota.",
                "Mendorong pemanfaatan data dan dasbor dalam perumusan kebijakan pimpinan."),
        ]);

    private static DemoCompetency ProjectManagement(string code) => new(
        code,
        "Manajemen Proyek Berbasis Praktik",
        "Practice-based project management",
        "Kemampuan merencanakan, melaksanakan, dan mengendalikan proyek dengan lingkup, jadwal, anggaran, dan risiko yang jelas; "
        + "dikembangkan dengan menjalankan proyek kecil secara langsung.",
        [
            L("Melaksanakan tugas sebagai anggota tim proyek sesuai rencana kerja.",
                "Menyelesaikan tugas proyek sesuai tenggat waktu.",
                "Melaporkan kemajuan dan kendala kepada ketua tim."),
            L("Merencanakan dan menjalankan proyek kecil di unit kerja.",
                "Menyusun lingkup, jadwal, dan anggaran proyek kecil.",
                "Menjalankan proyek percontohan dan mencatat pembelajarannya."),
            L("Memimpin proyek lintas seksi atau bidang dan mengendalikan risikonya.",
                "Menyusun daftar risiko dan rencana mitigasinya.",
                "Memantau kemajuan proyek dengan indikator dan menyesuaikan rencana."),
            L("Mengelola portofolio proyek perangkat daerah.",
                "Memprioritaskan proyek berdasarkan manfaat bagi masyarakat dan ketersediaan anggaran.",
                "Membimbing ketua proyek dan mengevaluasi hasil proyek."),
            L("Merumuskan kebijakan dan tata kelola proyek di tingkat kota.",
                "Menetapkan standar tata kelola proyek pemerintah kota.",
                "Menjadi mentor manajemen proyek bagi pimpinan perangkat daerah."),
        ]);

    private static DemoCompetency ServiceStandards(string code) => new(
        code,
        "Standar Pelayanan Publik",
        "Public service standards",
        "Kemampuan menyusun, menerapkan, dan mengevaluasi standar pelayanan publik serta mengukur kepuasan masyarakat "
        + "sesuai PermenPANRB Nomor 14 Tahun 2017.",
        [
            L("Melayani masyarakat sesuai standar pelayanan yang dipublikasikan.",
                "Menyampaikan persyaratan, waktu, dan biaya layanan dengan jelas.",
                "Bersikap ramah dan tidak diskriminatif kepada pengguna layanan."),
            L("Menerapkan standar pelayanan dan membantu pelaksanaan survei kepuasan.",
                "Memastikan maklumat dan standar pelayanan terpasang di ruang layanan.",
                "Membantu pengumpulan kuesioner survei kepuasan masyarakat."),
            L("Menyusun standar pelayanan dan menganalisis indeks kepuasan masyarakat unit.",
                "Menyusun standar pelayanan bersama perwakilan masyarakat.",
                "Menghitung IKM unit dan menyusun rencana tindak lanjut."),
            L("Mengelola peningkatan kualitas pelayanan di perangkat daerah.",
                "Mengevaluasi kinerja pelayanan dan memantau tindak lanjut hasil IKM.",
                "Mengembangkan inovasi pelayanan publik perangkat daerah."),
            L("Merumuskan kebijakan peningkatan kualitas pelayanan publik kota.",
                "Merumuskan kebijakan pelayanan publik kota berdasarkan evaluasi menyeluruh.",
                "Membangun layanan terintegrasi lintas perangkat daerah, seperti mal pelayanan publik."),
        ]);

    private static DemoLevel L(string description, string indicator1, string indicator2) => new(description, [indicator1, indicator2]);
}
