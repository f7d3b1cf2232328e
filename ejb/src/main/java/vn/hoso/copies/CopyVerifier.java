package vn.hoso.copies;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import vn.hoso.storage.BlobStore;

/**
 * Checks a file someone uploads against the copy that was issued: is it byte for byte the issued
 * file, and does it carry an intact signature, by the issuing unit, covering the whole file? A copy
 * is genuine only if all hold. Files come from anyone, so nothing here throws: a file that is not a
 * PDF, or is damaged, gets a verdict saying so.
 */
public final class CopyVerifier {

  private CopyVerifier() {}

  /**
   * What the check found; {@code problem} is a sentence for the person who uploaded the file, null
   * when the copy is genuine.
   */
  public record Verdict(
      boolean identical,
      boolean signed,
      boolean signatureIntact,
      boolean coversWholeDocument,
      boolean signedByUnit,
      String problem) {

    public boolean genuine() {
      return identical && signatureIntact && coversWholeDocument && signedByUnit;
    }
  }

  static final String NOT_PDF = "Tệp không phải PDF hoặc bị hỏng, không thể kiểm tra.";
  static final String UNSIGNED =
      "Tệp không có chữ ký số: đây không phải bản sao điện tử do đơn vị cấp.";
  static final String ALTERED = "Tệp đã bị sửa sau khi ký: chữ ký số không còn khớp với nội dung.";
  static final String APPENDED =
      "Tệp có thêm nội dung sau chữ ký: phần thêm vào không được chữ ký số bảo đảm.";
  static final String OTHER_SIGNER =
      "Chữ ký không phải của đơn vị cấp bản sao: tệp được ký bởi một chứng thư số khác.";
  static final String DIFFERENT =
      "Tệp khác với bản đã cấp (mã kiểm tra SHA-256 không trùng), dù chữ ký số còn nguyên vẹn.";

  /**
   * @param uploaded the file as uploaded
   * @param issuedSha256 the SHA-256 (hex) of the file as issued
   * @param unitCertificateSha256 the SHA-256 (hex) of the certificate the issuing unit signed with,
   *     as recorded when the copy was issued
   */
  public static Verdict examine(
      byte[] uploaded, String issuedSha256, String unitCertificateSha256) {
    if (uploaded == null || uploaded.length == 0) {
      return new Verdict(false, false, false, false, false, NOT_PDF);
    }
    boolean identical =
        issuedSha256 != null && BlobStore.sha256Hex(uploaded).equalsIgnoreCase(issuedSha256);
    try (PdfDocument pdf =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(uploaded), CopySidecar.guarded()))) {
      SignatureUtil signatures = new SignatureUtil(pdf);
      List<String> names = signatures.getSignatureNames();
      if (names.isEmpty()) {
        return new Verdict(identical, false, false, false, false, UNSIGNED);
      }
      // The last signature is the one that covers the most of the file.
      String name = names.get(names.size() - 1);
      PdfPKCS7 pkcs7 = signatures.readSignatureData(name);
      boolean intact = pkcs7.verifySignatureIntegrityAndAuthenticity();
      boolean whole = signatures.signatureCoversWholeDocument(name);
      boolean byUnit = signedWith(pkcs7.getSigningCertificate(), unitCertificateSha256);
      String problem =
          !intact
              ? ALTERED
              : !whole ? APPENDED : !byUnit ? OTHER_SIGNER : !identical ? DIFFERENT : null;
      return new Verdict(identical, true, intact, whole, byUnit, problem);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      // iText reports damaged files through many exception types; all mean the same to the user.
      return new Verdict(identical, false, false, false, false, NOT_PDF);
    }
  }

  private static boolean signedWith(X509Certificate signer, String certificateSha256) {
    if (signer == null || certificateSha256 == null) {
      return false;
    }
    try {
      return BlobStore.sha256Hex(signer.getEncoded()).equalsIgnoreCase(certificateSha256);
    } catch (java.security.cert.CertificateEncodingException e) {
      return false;
    }
  }
}
