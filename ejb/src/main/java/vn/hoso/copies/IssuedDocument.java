package vn.hoso.copies;

import com.itextpdf.barcodes.exceptions.WriterException;
import com.itextpdf.barcodes.qrcode.ByteMatrix;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.barcodes.qrcode.QRCodeWriter;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import vn.hoso.copies.CopyContent.Unit;
import vn.hoso.pdf.PdfA;

/**
 * The parts that a certified copy's first page and a "no record found" notice share, in the look of
 * a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP): organ and number top left,
 * national motto and place and date top right, and at the foot the verification QR code on the left
 * and the signer's block on the right. The signer's block sits at a fixed place on page 1 so that
 * the unit's visible digital signature can later be drawn into {@link #SIGNATURE_BOX}.
 */
final class IssuedDocument {

  private IssuedDocument() {}

  static final float MM = 72f / 25.4f;
  static final float TOP = 20 * MM;
  static final float LEFT = 30 * MM;
  static final float RIGHT = 15 * MM;

  /** Page 1's flowing text ends above the QR and signature block. */
  static final float FIRST_PAGE_BOTTOM = 80 * MM;

  /** Where the unit's visible signature goes on page 1 (A4 portrait). */
  static final Rectangle SIGNATURE_BOX = new Rectangle(113 * MM, 31 * MM, 76 * MM, 26 * MM);

  /** Footer baseline. */
  static final float FOOTER_Y = 9 * MM;

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final Locale VI = Locale.forLanguageTag("vi");
  static final DeviceRgb STAMP_RED = new DeviceRgb(0xC8, 0x10, 0x1E);
  static final DeviceRgb GREY = new DeviceRgb(0x55, 0x55, 0x55);

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME_ON_DAY =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  /** Text as printed: NFC, so that extracted text and searches match whatever the input was. */
  static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** "UBND Phường Diên Hồng": how a unit's people's committee names itself. */
  static String organ(Unit u) {
    return "UBND " + nfc(u.name());
  }

  static String day(LocalDate d) {
    return d == null ? "—" : DAY.format(d);
  }

  static String time(Instant at) {
    return TIME_ON_DAY.format(ZonedDateTime.ofInstant(at, VIETNAM));
  }

  /**
   * "Phường Diên Hồng, ngày 04 tháng 02 năm 2026". Nghị định 30/2020: days below 10 and months
   * below 3 take a leading zero.
   */
  static String placeAndDate(Unit u, Instant at) {
    LocalDate d = at.atZone(VIETNAM).toLocalDate();
    String dd = (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth();
    String mm = (d.getMonthValue() < 3 ? "0" : "") + d.getMonthValue();
    return nfc(u.name()) + ", ngày " + dd + " tháng " + mm + " năm " + d.getYear();
  }

  /**
   * The QR code of {@code url}, quiet zone included, as a small greyscale image (one pixel per
   * module) to be shown enlarged, reusable on every page of one document. An image costs far less
   * to write and to check for PDF/A than the same code drawn as hundreds of rectangles.
   */
  static PdfImageXObject qr(PdfDocument pdf, String url) {
    ByteMatrix m;
    try {
      m =
          new QRCodeWriter()
              .encode(
                  url,
                  1,
                  1,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode the verification link as a QR code", e);
    }
    byte[][] rows = m.getArray();
    byte white = rows[0][0]; // the quiet zone
    int w = m.getWidth();
    int h = m.getHeight();
    byte[] grey = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        grey[y * w + x] = rows[y][x] == white ? (byte) 0xFF : 0;
      }
    }
    return new PdfImageXObject(ImageDataFactory.create(w, h, 1, 8, grey, null));
  }

  /**
   * The organ and number on the left, the motto, place and date on the right, at fixed places at
   * the top of page 1 (fixed blocks lay out far faster than a two-column table); the page's text
   * then starts below them.
   */
  static void letterhead(Document doc, PdfA.Fonts f, Unit unit, String number, Instant at) {
    float width = PageSize.A4.getWidth() - LEFT - RIGHT;
    float bottom = PageSize.A4.getHeight() - TOP - LETTERHEAD_HEIGHT;
    Div left =
        new Div()
            .add(centred(organ(unit).toUpperCase(VI), f.bold(), 10.5f))
            .add(rule(40))
            .add(centred(number, f.regular(), 10f).setMarginTop(4))
            .setFixedPosition(1, LEFT, bottom, width * 0.42f)
            .setHeight(LETTERHEAD_HEIGHT);
    Div right =
        new Div()
            .add(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f.bold(), 10.5f))
            .add(centred("Độc lập - Tự do - Hạnh phúc", f.bold(), 10.5f))
            .add(rule(62))
            .add(centred(placeAndDate(unit, at), f.regular(), 10f).setMarginTop(4))
            .setFixedPosition(1, LEFT + width * 0.42f, bottom, width * 0.58f)
            .setHeight(LETTERHEAD_HEIGHT);
    // before anything is added: the first page's text area is fixed when page 1 is made
    doc.setTopMargin(TOP + LETTERHEAD_HEIGHT + 2 * MM);
    doc.add(left);
    doc.add(right);
  }

  private static final float LETTERHEAD_HEIGHT = 19 * MM;

  /**
   * The foot of page 1: the verification QR code, code and link and the preparer on the left; the
   * signer's title, the reserved signature rectangle and the signer's name on the right. Placed at
   * fixed positions so that {@link #SIGNATURE_BOX} is always where the signature goes.
   */
  static void signatureArea(
      Document doc,
      PdfA.Fonts f,
      PdfImageXObject qr,
      String code,
      String verifyUrl,
      String preparerLabel,
      String preparerName,
      String signerTitle,
      String signerName) {
    float qrSide = 27 * MM;
    float width = SIGNATURE_BOX.getX() - LEFT - 3 * MM;
    float qrBottom = 34 * MM;
    Image qrImage = new Image(qr).scaleAbsolute(qrSide, qrSide).setFixedPosition(1, LEFT, qrBottom);
    qrImage.getAccessibilityProperties().setAlternateDescription("Mã QR tra cứu: " + verifyUrl);
    doc.add(qrImage);
    doc.add(
        new Div()
            .add(small("Mã xác thực:", f.regular()))
            .add(new Paragraph(code).setFont(f.mono()).setFontSize(9.5f).setMargin(0))
            .add(small(preparerLabel + ":", f.regular()).setMarginTop(8))
            .add(small(nfc(preparerName), f.bold()))
            .setFixedPosition(1, LEFT + qrSide + 3 * MM, qrBottom, width - qrSide - 3 * MM)
            .setHeight(qrSide)
            .setVerticalAlignment(VerticalAlignment.MIDDLE));
    // The link on a line of its own under the QR code; a long link may break only after a "/".
    doc.add(
        new Div()
            .add(small("Tra cứu tính xác thực tại", f.regular()))
            .add(
                new Paragraph(verifyUrl)
                    .setFont(f.regular())
                    .setFontSize(7.5f)
                    .setMargin(0)
                    .setSplitCharacters(
                        (line, pos) ->
                            line.get(pos).hasValidUnicode() && line.get(pos).getUnicode() == '/'))
            .setFixedPosition(1, LEFT, qrBottom - 10 * MM, width)
            .setHeight(9 * MM));

    float x = SIGNATURE_BOX.getX();
    float w = SIGNATURE_BOX.getWidth();
    doc.add(
        new Div()
            .add(centred(nfc(signerTitle).toUpperCase(VI), f.bold(), 10.5f))
            .add(centred("(Chữ ký số của người có thẩm quyền)", f.regular(), 8.5f).setMarginTop(1))
            .setFixedPosition(1, x, SIGNATURE_BOX.getTop() + 1 * MM, w)
            .setHeight(18 * MM)
            .setVerticalAlignment(VerticalAlignment.BOTTOM));
    doc.add(
        centred(nfc(signerName), f.bold(), 10.5f)
            .setFixedPosition(1, x, SIGNATURE_BOX.getY() - 8 * MM, w));
  }

  /**
   * "Trang i/n" and the code at the foot of page {@code page}. Page furniture, so marked as an
   * artifact rather than content.
   */
  static void footer(
      Document doc, PdfA.Fonts f, int page, int pages, float pageWidth, String leftText) {
    Paragraph left = new Paragraph(leftText).setFont(f.regular()).setFontSize(7.5f);
    left.setFontColor(GREY);
    left.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
    doc.showTextAligned(
        left, LEFT, FOOTER_Y, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
    Paragraph right = new Paragraph("Trang " + page + "/" + pages).setFont(f.regular());
    right.setFontSize(8.5f);
    right.getAccessibilityProperties().setRole(StandardRoles.ARTIFACT);
    doc.showTextAligned(
        right, pageWidth - RIGHT, FOOTER_Y, page, TextAlignment.RIGHT, VerticalAlignment.BOTTOM, 0);
  }

  static Paragraph small(String text, PdfFont font) {
    return new Paragraph(text)
        .setFont(font)
        .setFontSize(8.5f)
        .setMargin(0)
        .setMultipliedLeading(1.1f);
  }

  static Cell plainCell() {
    return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
  }

  /** A label and value row of the details table. */
  static void row(Table t, PdfA.Fonts f, String label, String value) {
    // Shaded labels rather than a grid: iText's collapsed cell borders were the dearest part of
    // laying out page 1.
    t.addCell(
        new Cell()
            .add(new Paragraph(label).setFont(f.bold()).setMargin(0))
            .setBorder(Border.NO_BORDER)
            .setBackgroundColor(LABEL_FILL)
            .setPaddings(2, 4, 2, 4));
    t.addCell(
        new Cell()
            .add(new Paragraph(value == null || value.isBlank() ? "—" : nfc(value)).setMargin(0))
            .setBorder(Border.NO_BORDER)
            .setPaddings(2, 6, 2, 6));
  }

  private static final DeviceRgb LABEL_FILL = new DeviceRgb(0xEE, 0xF0, 0xF3);

  static Paragraph centred(String text, PdfFont font, float size) {
    return new Paragraph(text)
        .setFont(font)
        .setFontSize(size)
        .setTextAlignment(TextAlignment.CENTER)
        .setMultipliedLeading(1.15f)
        .setMargin(0);
  }

  static Paragraph body(String text) {
    return new Paragraph(text)
        .setTextAlignment(TextAlignment.JUSTIFIED)
        .setMultipliedLeading(1.2f)
        .setMarginTop(0)
        .setMarginBottom(4)
        .setFirstLineIndent(8 * MM);
  }

  /** The short rule under the organ name and under the motto. */
  static LineSeparator rule(float percent) {
    LineSeparator line = new LineSeparator(new SolidLine(0.6f));
    line.setWidth(UnitValue.createPercentValue(percent))
        .setHorizontalAlignment(HorizontalAlignment.CENTER)
        .setMarginTop(2);
    return line;
  }
}
