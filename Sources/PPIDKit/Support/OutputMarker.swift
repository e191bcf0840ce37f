import Foundation

/// The file `ppid build` leaves inside every output folder it made. It tells a later build that
/// the folder may be replaced, and tells the content scanner that the folder is a built site,
/// never content (an output may lie inside the content folder).
public enum OutputMarker {
    public static let fileName = ".ppid-keluaran"
    public static let text = "Folder ini dibuat oleh ppid build dan diganti seluruhnya setiap kali situs dibangun.\n"

    /// Whether `folder` holds the marker.
    public static func isMarked(_ folder: String) -> Bool {
        access(folder + "/" + fileName, F_OK) == 0
    }
}
