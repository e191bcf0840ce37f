import Foundation

/// A spreadsheet file opened for reading: its sheets by name, each read when asked for.
/// `.xlsx` through `XLSXWorkbook`, `.csv` as a workbook of one sheet.
public protocol Workbook: Sendable {
    /// The sheets in the file's order, with whether each is hidden.
    var sheetNames: [(name: String, hidden: Bool)] { get }
    func sheet(named name: String) throws(SpreadsheetError) -> Sheet
}

/// Why a spreadsheet could not be read, in words for the person who saved it.
public enum SpreadsheetError: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case notAWorkbook(String)
    case brokenPart(file: String, part: String)
    case tooLarge(file: String, part: String)
    case noSuchSheet(String)
    case brokenCSV(String)

    public var description: String {
        switch self {
        case .unreadable(let file):
            return "Berkas \(file) tidak dapat dibaca; periksa nama dan izin aksesnya."
        case .notAWorkbook(let file):
            return "Berkas \(file) bukan buku kerja Excel .xlsx yang sah (mungkin .xls lama atau rusak); buka di Excel atau LibreOffice lalu simpan sebagai .xlsx atau .csv."
        case .brokenPart(let file, let part):
            return "Bagian \(part) di \(file) rusak; buka di Excel atau LibreOffice lalu simpan ulang sebagai .xlsx."
        case .tooLarge(let file, let part):
            return "Bagian \(part) di \(file) terlalu besar untuk sebuah daftar informasi; periksa apakah berkasnya benar."
        case .brokenCSV(let file):
            return "Berkas CSV \(file) tidak dapat dibaca sampai akhir (mungkin ada tanda kutip \" yang tidak ditutup); simpan ulang sebagai CSV UTF-8."
        case .noSuchSheet(let name):
            return "Lembar \"\(name)\" tidak ada."
        }
    }
}
