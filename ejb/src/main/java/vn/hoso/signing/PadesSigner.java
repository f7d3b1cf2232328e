package vn.hoso.signing;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import vn.hoso.pdf.PdfA;

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

  /**
   * Where and how a visible signature is drawn: on {@code page} (1-based), in {@code where} (PDF
   * points, from the page's lower left corner), naming the signer and their title. The signing time
   * is the moment of signing.
   */
  public record Visible(int page, Rectangle where, String name, String title) {}

  /** Signs {@code pdf} invisibly (the signature shows only in a viewer's signature panel). */
  public byte[] sign(byte[] pdf, SigningKey key, Purpose purpose)
      throws IOException, GeneralSecurityException {
    return sign(pdf, key, purpose, null);
  }

  /**
   * Signs {@code pdf}; with {@code visible}, the signature field shows "Ký bởi", "Chức vụ" and
   * "Thời gian ký" in the given rectangle, in an embedded DejaVu font (PDF/A requires every font to
   * be embedded, also in a signature's appearance).
   */
  public byte[] sign(byte[] pdf, SigningKey key, Purpose purpose, Visible visible)
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
    if (visible != null) {
      props
          .setPageNumber(visible.page())
          .setPageRect(visible.where())
          .setSignatureAppearance(appearance(visible, now));
    }
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

  private static final DateTimeFormatter SIGNED_AT =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private static SignatureFieldAppearance appearance(Visible v, Calendar when) throws IOException {
    PdfFont regular = PdfA.font(PdfA.requireFont(PdfA.DEFAULT_FONT_DIR, "DejaVuSans.ttf"));
    ZonedDateTime at = ZonedDateTime.ofInstant(when.toInstant(), when.getTimeZone().toZoneId());
    Div text =
        new Div()
            .add(line("Ký bởi: " + v.name()))
            .add(line("Chức vụ: " + v.title()))
            .add(line("Thời gian ký: " + SIGNED_AT.format(at)));
    SignatureFieldAppearance a = new SignatureFieldAppearance(SignerProperties.IGNORED_ID);
    a.setContent(text);
    a.setFont(regular).setFontSize(8.5f).setFontColor(SIGNATURE_BLUE);
    a.setBorder(new SolidBorder(SIGNATURE_BLUE, 0.8f));
    return a;
  }

  /** Blue, as signatures traditionally are, and readable in greyscale. */
  private static final DeviceRgb SIGNATURE_BLUE = new DeviceRgb(0x10, 0x3A, 0x8C);

  private static Paragraph line(String text) {
    return new Paragraph(text).setMargin(0).setMultipliedLeading(1.15f);
  }
}
