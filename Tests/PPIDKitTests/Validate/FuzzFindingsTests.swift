import Foundation
import PPIDKit
import Testing

/// Inputs found by the fuzz targets (Fuzz/README.md), kept as tests of what they showed.
struct FuzzFindingsTests {
    /// FuzzComplaintCSV, 1 December 2026: a CSV whose lines end in a lone CR (old Mac files, or a
    /// bad copy) gets findings on the lines an editor shows, not past the number of LF line ends.
    @Test func loneCarriageReturnsEndComplaintRowsForLineNumbers() {
        let text = "nomor_tiket,tanggal_masuk,kanal,kategori,opd,status,tanggal_tindak_lanjut,tanggal_selesai\r"
            + "LPR-1,2026-01-02,situs,Infrastruktur,dinas-pupr,selesai,2026-01-02,2026-01-28\r"
            + "LPR-2;sms\r"
        let source = SourceText(displayPath: "Content/pengaduan/mac.csv", relativePath: "pengaduan/mac.csv", text: text)
        let result = ComplaintTableReader(mapping: .identity).read(source, tableIndex: 0)
        #expect(result.records.map(\.nomorTiket) == ["LPR-1"])
        let finding = result.diagnostics.first { $0.rule == .ppid408 }
        #expect(finding?.location.line == 3)
        #expect(finding?.location.column == 2)
        #expect(finding?.message.contains("Baris ini memiliki 1 kolom, sedangkan baris judul memiliki 8") == true)
    }
}
