/// The texts `ppid new situs` writes besides the content files: the officer's README, the free
/// pages (drafts with placeholder text), the CI recipes and `.gitignore`.
enum SiteScaffoldTexts {
    /// The free pages of a new site: slug, title, what the page is for.
    static let pageOutlines: [(slug: String, judul: String, isi: String)] = [
        ("profil", "Profil PPID", "Tuliskan sejarah singkat, dasar pembentukan, dan kedudukan PPID."),
        ("visi-misi", "Visi dan Misi", "Tuliskan visi dan misi PPID sebagaimana ditetapkan."),
        ("maklumat-pelayanan", "Maklumat Pelayanan Informasi Publik", "Tuliskan naskah maklumat pelayanan yang telah ditandatangani pimpinan, dan tautkan salinan PDF-nya."),
        ("struktur-organisasi", "Struktur Organisasi", "Tuliskan susunan PPID Utama, Atasan PPID, PPID Pelaksana dan petugas layanan sesuai SK."),
        ("tugas-dan-fungsi", "Tugas dan Fungsi", "Tuliskan tugas, tanggung jawab dan wewenang PPID menurut peraturan yang berlaku."),
        ("regulasi", "Regulasi", "Daftarkan peraturan yang menjadi dasar layanan informasi, misalnya UU Nomor 14 Tahun 2008, PP Nomor 61 Tahun 2010, dan Peraturan Komisi Informasi Nomor 1 Tahun 2021."),
    ]

    static func pages(_ site: SiteScaffold) -> [(String, String)] {
        pageOutlines.enumerated().map { index, page in
            (page.slug, """
            ---
            judul: \(ScaffoldText.quoted(page.judul))
            urutan: \(index + 1)
            draf: true   # halaman ini belum diterbitkan: ganti teks contohnya, lalu hapus baris ini
            ---
            \(page.isi)

            *Teks ini contoh dari ppid new situs; ganti dengan isi yang sebenarnya untuk \(site.nama).*

            """)
        }
    }

    static func readme(_ site: SiteScaffold) -> String {
        """
        # Situs PPID \(site.nama)

        Folder ini berisi seluruh isi situs PPID \(site.nama). Situsnya dibangun oleh program `ppid`
        dari berkas teks di folder `Content/`: Anda cukup menyunting berkas, memeriksanya, lalu
        menerbitkannya.

        ## Di mana setiap daftar berada

        | berkas | isinya |
        |---|---|
        | `Content/ppid.yml` | nama Badan Publik, alamat situs, PPID Utama (kontak, SK) |
        | `Content/halaman/*.md` | halaman profil, visi-misi, maklumat pelayanan, struktur organisasi, tugas dan fungsi, regulasi |
        | `Content/opd/<slug>/opd.yml` | profil OPD dan kontak PPID Pelaksana |
        | `Content/opd/<slug>/dip.yml` | Daftar Informasi Publik (DIP) OPD itu |
        | `Content/opd/<slug>/dik.yml` | Daftar Informasi yang Dikecualikan (DIK) beserta uji konsekuensinya |
        | `Content/opd/<slug>/sop/*.md` | SOP layanan informasi |
        | `Content/opd/<slug>/berkas/` | dokumen yang ditautkan informasi OPD (PDF, XLSX, gambar …) |
        | `Content/berkas/` | dokumen PPID Utama (logo, SK) |
        | `Content/pengaduan/*.csv` | ekspor pengaduan SP4N-LAPOR! (boleh belum ada) |
        | `skema/` | skema untuk bantuan penyuntingan di VS Code (jangan diubah) |

        PPID Utama berada di OPD `\(site.opdUtama)` (`Content/opd/\(site.opdUtama)/`). OPD lain ditambahkan dengan:

        ```sh
        ppid new opd dinas-kesehatan --nama "Dinas Kesehatan" --jenis dinas --email ppid.dinkes@contoh.go.id --content Content
        ```

        ## Draf

        Semua yang ditulis `ppid new situs` untuk Anda lengkapi masih **draf**: ada baris `draf: true`.
        Draf diperiksa, tetapi tidak diterbitkan dan tidak dihitung. `ppid check` menyebut setiap berkas yang
        masih memuat draf (peringatan PPID306). Setelah isinya benar, hapus baris `draf: true` agar terbit.
        Contoh yang diawali tanda `#` dipakai dengan menghapus tanda `#` di depan kuncinya, seperti yang
        dikatakan komentarnya.

        ## Langkah kerja sehari-hari

        1. Sunting berkas di `Content/` dengan penyunting teks (misalnya VS Code dengan ekstensi YAML dari
           Red Hat, yang memberi saran kunci dan kata yang diizinkan). Simpan sebagai UTF-8.
        2. Periksa: `ppid check --content Content`. Setiap temuan menyebut berkas, baris, kolom, dan cara
           memperbaikinya. `error` harus diperbaiki; `warning` sebaiknya diperbaiki.
        3. Lihat hasilnya sebelum terbit: `ppid serve --content Content`, lalu buka <http://127.0.0.1:8080/>.
           Halaman dimuat ulang setiap kali berkas disimpan; draf tampil dengan tanda "DRAF".
        4. Simpan perubahan ke git (`git add -A`, `git commit`, `git push`).

        ## Menerbitkan

        Setiap `git push` menjalankan pemeriksaan di GitHub Actions (`.github/workflows/ppid.yml`) atau GitLab CI
        (`.gitlab-ci.yml`). Perubahan di cabang `main` dibangun dan diterbitkan ke GitHub Pages atau GitLab Pages
        bila tidak ada galat. Petugas TI mengisi sekali di berkas CI itu: `PPID_UNDUH` (alamat arsip rilis
        `ppid`; kosong berarti `ppid` dibangun dari sumbernya), versi `PPID_VERSI`, dan zona waktu `TZ`
        (`Asia/Jakarta`, `Asia/Makassar` atau `Asia/Jayapura`).

        Tanpa CI: `ppid build --content Content` menulis situs lengkap ke folder `Site/`; salin isinya ke server
        web mana pun. Bila ada galat, `Site/` tidak diubah.

        """
    }

    static let gitignore = """
    # Hasil ppid build dan stempel pembangunannya
    Site/
    public/
    .*.ppid-stempel*
    .*.ppid-kunci*
    .*.ppid-cadangan/
    # Laporan internal ppid monev (tidak diterbitkan)
    Laporan-Monev/

    """

    /// The shell lines that install `ppid` into `bin`: from the release archive when `PPID_UNDUH` is
    /// set, else built from `PPID_SUMBER`. `sudo` is the prefix for system commands ("" as root).
    static func installScript(bin: String, sudo: String) -> String {
        """
        set -eu
        if [ -n "${PPID_UNDUH:-}" ]; then
          arsip="ppid-${PPID_VERSI}-linux-x86_64.tar.gz"
          curl -fsSL --retry 3 -o "/tmp/$arsip" "${PPID_UNDUH%/}/$arsip"
          mkdir -p /tmp/ppid-rilis "\(bin)"
          tar -xzf "/tmp/$arsip" -C /tmp/ppid-rilis
          install -m 0755 "$(find /tmp/ppid-rilis -type f -name ppid | head -n 1)" "\(bin)/ppid"
        elif [ -z "${PPID_SUMBER:-}" ]; then
          echo "Isi PPID_UNDUH (alamat arsip rilis ppid) atau PPID_SUMBER (alamat git sumbernya) di berkas CI ini." >&2
          exit 1
        else
          # Dibangun dari sumber: perlu Swift 6 (runner ubuntu-24.04 GitHub sudah memilikinya; di tempat
          # lain pasang dari https://www.swift.org/install/) dan pustaka cmark-gfm.
          \(sudo)apt-get update -qq
          \(sudo)apt-get install -y -qq libcmark-gfm-dev libcmark-gfm-extensions-dev
          git clone --depth 1 --branch "v${PPID_VERSI}" "$PPID_SUMBER" /tmp/ppid-sumber \\
            || git clone --depth 1 "$PPID_SUMBER" /tmp/ppid-sumber
          make -C /tmp/ppid-sumber install PREFIX="$(dirname "\(bin)")"
        fi
        "\(bin)/ppid" --version
        """
    }

    /// The reference date of the build: the last commit's date in the kabupaten's time zone.
    static let commitDate = """
    export SOURCE_DATE_EPOCH="$(git log -1 --format=%ct)"
    export PPID_TANGGAL="$(date -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)"
    """

    static func variables(_ site: SiteScaffold, indent: String) -> String {
        """
        \(indent)# Versi ppid yang dipakai; naikkan setelah rilis baru diuji.
        \(indent)PPID_VERSI: "\(site.ppidVersion)"
        \(indent)# Alamat dasar arsip rilis ppid-<versi>-linux-x86_64.tar.gz (diisi sekali oleh kabupaten).
        \(indent)# Kosong: ppid dibangun dari sumbernya, alamat git PPID_SUMBER (lebih lama).
        \(indent)PPID_UNDUH: ""
        \(indent)PPID_SUMBER: ""
        \(indent)# Zona waktu kabupaten: Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).
        \(indent)TZ: "Asia/Jakarta"
        """
    }

    static func indented(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }
            .joined(separator: "\n")
    }

    static func githubWorkflow(_ site: SiteScaffold) -> String {
        """
        # Situs PPID \(site.nama): diperiksa pada setiap push dan pull request; dibangun dan
        # diterbitkan ke GitHub Pages dari cabang main (Settings → Pages → Source: GitHub Actions).
        name: ppid

        on:
          push:
          pull_request:
          workflow_dispatch:

        permissions:
          contents: read

        concurrency:
          group: ppid-${{ github.ref }}
          cancel-in-progress: false

        env:
        \(variables(site, indent: "  "))

        jobs:
          periksa:
            runs-on: ubuntu-24.04
            steps:
              - uses: actions/checkout@v4
              - name: Pasang ppid
                run: |
        \(indented(installScript(bin: "$HOME/.local/bin", sudo: "sudo "), by: 10))
                  echo "$HOME/.local/bin" >> "$GITHUB_PATH"
              - name: Periksa konten
                run: |
        \(indented(commitDate, by: 10))
                  ppid check --content Content --format github --tanggal "$PPID_TANGGAL"
              - name: Siapkan GitHub Pages
                id: pages
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
                uses: actions/configure-pages@v5
              - name: Bangun situs
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
                env:
                  PAGES_URL: ${{ steps.pages.outputs.base_url }}
                run: |
        \(indented(commitDate, by: 10))
                  ppid build --content Content --output Site --base-url "$PAGES_URL" --tanggal "$PPID_TANGGAL"
              - name: Unggah situs
                if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
                uses: actions/upload-pages-artifact@v3
                with:
                  path: Site

          terbitkan:
            if: github.ref == 'refs/heads/main' && github.event_name != 'pull_request'
            needs: periksa
            runs-on: ubuntu-24.04
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - name: Terbitkan ke GitHub Pages
                id: deployment
                uses: actions/deploy-pages@v4

        """
    }

    static func gitlabCI(_ site: SiteScaffold) -> String {
        """
        # Situs PPID \(site.nama): diperiksa pada setiap push dan merge request; dibangun dan
        # diterbitkan ke GitLab Pages (job "pages") dari cabang utama.
        # Membangun ppid dari sumber (PPID_UNDUH kosong) memerlukan Swift 6: ganti image dengan
        # swift:6.3-noble (atau pasang Swift dari https://www.swift.org/install/).
        image: ubuntu:24.04

        variables:
        \(variables(site, indent: "  "))
          DEBIAN_FRONTEND: noninteractive

        stages:
          - periksa
          - terbitkan

        .ppid:
          before_script:
            - apt-get update -qq && apt-get install -y -qq ca-certificates curl git tzdata libxml2 make >/dev/null
            - |
        \(indented(installScript(bin: "/usr/local/bin", sudo: ""), by: 6))
            - |
        \(indented(commitDate, by: 6))

        periksa:
          extends: .ppid
          stage: periksa
          script:
            - ppid check --content Content --format text --tanggal "$PPID_TANGGAL"
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH && $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH

        pages:
          extends: .ppid
          stage: terbitkan
          variables:
            PAGES_URL: $CI_PAGES_URL
          script:
            - ppid check --content Content --format text --tanggal "$PPID_TANGGAL"
            - ppid build --content Content --output public --base-url "$PAGES_URL" --tanggal "$PPID_TANGGAL"
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """
    }
}
