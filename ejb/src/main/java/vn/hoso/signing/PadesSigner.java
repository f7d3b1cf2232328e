package vn.hoso.signing;

import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Signs a finished PDF with a unit's key: PAdES baseline B-B, or B-T when a timestamp authority is
 * configured. The signature is appended as an incremental update, so a PDF/A document stays PDF/A.
 */
public final class PadesSigner {

  /** What the signature dictionary says about the signing. */
  public record Purpose(String fieldName, String reason, String location) {}

  private final Optional<String> timestampAuthority;

  public PadesSigner(Optional<String> timestampAuthority) {
    this.timestampAuthority = timestampAuthority.filter(url -> !url.isBlank());
  }

  public byte[] sign(byte[] pdf, SigningKey key, Purpose purpose)
      throws IOException, GeneralSecurityException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024);
    PdfPadesSigner signer =
        new PdfPadesSigner(new PdfReader(new ByteArrayInputStream(pdf)), out)
            .setStampingProperties(new StampingProperties().useAppendMode());
    Calendar now = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    SignerProperties props =
        new SignerProperties()
            .setFieldName(purpose.fieldName())
            .setReason(purpose.reason())
            .setLocation(purpose.location())
            .setClaimedSignDate(now);
    Certificate[] chain = key.chain().toArray(new Certificate[0]);
    PrivateKeySignature signature =
        new PrivateKeySignature(key.privateKey(), DigestAlgorithms.SHA256, null);
    if (timestampAuthority.isPresent()) {
      ITSAClient tsa = new TSAClientBouncyCastle(timestampAuthority.get());
      signer.signWithBaselineTProfile(props, chain, signature, tsa);
    } else {
      signer.signWithBaselineBProfile(props, chain, signature);
    }
    return out.toByteArray();
  }
}
