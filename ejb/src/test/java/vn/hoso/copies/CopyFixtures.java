package vn.hoso.copies;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.hoso.copies.CopyContent.PageScan;
import vn.hoso.copies.CopyContent.RecordInfo;
import vn.hoso.copies.CopyContent.Unit;

/** Scans, copies and notices for the tests and the benchmark, drawn with Java2D and iText. */
final class CopyFixtures {

  private CopyFixtures() {}

  static final Unit DIEN_HONG = new Unit("27169", "Phường Diên Hồng");
  static final Unit OLD_WARD = new Unit("27172", "Phường 14, Quận 10, Thành phố Hồ Chí Minh");
  static final String VERIFY_URL = "https://hoso.example.vn/xac-thuc/BS-27169-2026-000012";
  static final String CODE = "BS-27169-2026-000012";

  private static Font dejaVu;

  /** An A4 page drawn at {@code dpi}: a few lines of Vietnamese text and a box. */
  static BufferedImage page(String heading, int dpi, int type) {
    int w = Math.round(8.27f * dpi);
    int h = Math.round(11.69f * dpi);
    BufferedImage img = new BufferedImage(w, h, type);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(0xFA, 0xF7, 0xEE));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    Font f = font().deriveFont(dpi / 72f * 13f);
    g.setFont(f.deriveFont(Font.BOLD));
    int y = dpi;
    g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", dpi, y);
    y += dpi / 3;
    g.drawString("Độc lập - Tự do - Hạnh phúc", dpi * 2, y);
    y += dpi;
    g.drawString(heading, dpi, y);
    g.setFont(f);
    String[] lines = {
      "Họ và tên: Nguyễn Văn Thạch",
      "Ngày sinh: 12/03/1987 — Nơi sinh: Phường 14, Quận 10",
      "Giới tính: Nam — Dân tộc: Kinh — Quốc tịch: Việt Nam",
      "Họ và tên cha: Nguyễn Văn Sơn; họ và tên mẹ: Trần Thị Huệ",
      "Nơi đăng ký: Ủy ban nhân dân Phường 14, Quận 10",
    };
    for (String line : lines) {
      y += dpi / 2;
      g.drawString(line, dpi, y);
    }
    g.drawRect(dpi, y + dpi / 2, w - 2 * dpi, dpi * 2);
    g.dispose();
    return img;
  }

  private static synchronized Font font() {
    if (dejaVu == null) {
      try {
        dejaVu =
            Font.createFont(
                Font.TRUETYPE_FONT,
                Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
      } catch (FontFormatException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return dejaVu;
  }

  static byte[] encode(BufferedImage img, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A bilevel image, as archive scanners produce for text pages (CCITT-like). */
  static BufferedImage bilevel(BufferedImage img) {
    BufferedImage b =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = b.createGraphics();
    g.drawImage(img, 0, 0, null);
    g.dispose();
    return b;
  }

  /** A two-page PDF (not PDF/A) with text, as a stored digitised PDF might be. */
  static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfDocument pdf = new PdfDocument(new PdfWriter(out));
        Document doc = new Document(pdf)) {
      doc.setFont(
          PdfFontFactory.createFont(
              "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", PdfEncodings.IDENTITY_H));
      doc.add(new Paragraph("Trang một của tệp PDF lưu trữ").setFontSize(20));
      doc.add(new AreaBreak());
      doc.add(new Paragraph("QUYẾT ĐỊNH CÔNG NHẬN HỘ KINH DOANH").setFontSize(20));
      doc.add(new Paragraph("Trang hai của tệp PDF lưu trữ, bản quét đã nhận dạng chữ."));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PageScan scan(int pageNo, String mediaType, byte[] bytes, Integer pdfPage) {
    return new PageScan(
        pageNo, sha256(bytes), mediaType, () -> new ByteArrayInputStream(bytes), pdfPage);
  }

  /** A JPEG, a PNG, a bilevel TIFF and the second page of a PDF. */
  static List<PageScan> mixedScans() {
    return List.of(
        scan(
            1,
            "image/jpeg",
            encode(page("GIẤY KHAI SINH (trang 1, JPEG)", 150, BufferedImage.TYPE_INT_RGB), "jpg"),
            null),
        scan(
            2,
            "image/png",
            encode(page("Trang 2 (PNG xám)", 150, BufferedImage.TYPE_BYTE_GRAY), "png"),
            null),
        scan(
            3,
            "image/tiff",
            encode(
                bilevel(page("Trang 3 (TIFF hai mức)", 200, BufferedImage.TYPE_INT_RGB)), "tiff"),
            null),
        scan(5, "application/pdf", pdf(), 2));
  }

  static CopyContent copy(CopyKind kind, List<PageScan> pages) {
    return new CopyContent(
        CODE,
        kind,
        DIEN_HONG,
        OLD_WARD,
        12,
        2026,
        Instant.parse("2026-02-04T02:15:00Z"),
        "Lê Thị Mỹ Duyên",
        "Trần Quốc Huy",
        "Phó Chủ tịch",
        new RecordInfo(
            "P27172",
            "Phông UBND Phường 14, Quận 10",
            "P27172.01.1987.0012",
            "Sổ đăng ký khai sinh năm 1987, quyển 01",
            "P27172.01.1987.0012.0345",
            "Giấy khai sinh",
            "345",
            "KS",
            LocalDate.of(1987, 3, 20),
            "UBND Phường 14, Quận 10"),
        "Trung tâm Lưu trữ lịch sử Thành phố Hồ Chí Minh",
        LocalDate.of(2025, 9, 18),
        VERIFY_URL,
        pages);
  }

  static NoticeContent notice() {
    return new NoticeContent(
        "TB-27169-2026-000007",
        DIEN_HONG,
        7,
        2026,
        Instant.parse("2026-03-10T03:00:00Z"),
        "Bà Phạm Thị Ngọc Ánh",
        "YC-2026-000431",
        Instant.parse("2026-03-02T08:40:00Z"),
        "Trích lục khai sinh",
        "Khai sinh của Phạm Văn Đức, sinh khoảng năm 1962 tại Phường 14, Quận 10; cha Phạm Văn"
            + " Lộc, mẹ Võ Thị Hường",
        "Lê Thị Mỹ Duyên",
        "Trần Quốc Huy",
        "Phó Chủ tịch",
        "https://hoso.example.vn/xac-thuc/TB-27169-2026-000007");
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of a QR code in {@code img}, or null. */
  static String decodeQr(BufferedImage img) {
    try {
      int w = img.getWidth();
      int h = img.getHeight();
      int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
      var bitmap =
          new BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
      return new com.google.zxing.qrcode.QRCodeReader()
          .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText();
    } catch (NotFoundException
        | com.google.zxing.ChecksumException
        | com.google.zxing.FormatException e) {
      return null;
    }
  }
}
