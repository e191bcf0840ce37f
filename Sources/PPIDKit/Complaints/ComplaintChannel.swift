/// The channel words of `kanal` (CONTENT.md) and how a page names them.
public enum ComplaintChannel {
    public static let words = ContentSchemas.complaintChannels

    public static func title(_ word: String) -> String {
        switch word {
        case "situs": return "Situs web"
        case "sms": return "SMS 1708"
        case "whatsapp": return "WhatsApp"
        case "aplikasi": return "Aplikasi LAPOR!"
        case "media-sosial": return "Media sosial"
        case "tatap-muka": return "Tatap muka"
        case "telepon": return "Telepon"
        case "surat": return "Surat"
        case "email": return "Surel"
        case "lainnya": return "Lainnya"
        default: return word
        }
    }
}
