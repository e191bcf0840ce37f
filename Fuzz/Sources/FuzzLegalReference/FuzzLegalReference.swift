import FuzzSupport
import PPIDKit

/// The Pasal reference grammar of `dasar` and `dasar_hukum` (`LegalReference.parse`): any text is
/// either a reference whose canonical spelling reads back as the same reference, or a refusal
/// that says why.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLegalReference(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = FuzzInput.text(data, size) else { return 0 }
    switch LegalReference.parse(text) {
    case .success(let reference):
        _ = reference.category
        guard case .success(let again) = LegalReference.parse(reference.description), again == reference else {
            preconditionFailure("\"\(text)\" reads as \(reference), whose spelling does not read back")
        }
    case .failure(let refusal):
        precondition(!refusal.message.isEmpty, "refusal without a message for \"\(text)\"")
    }
    return 0
}
