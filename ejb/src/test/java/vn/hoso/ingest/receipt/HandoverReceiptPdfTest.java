package vn.hoso.ingest.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import vn.hoso.ingest.receipt.Receipt.Access;
import vn.hoso.ingest.receipt.Receipt.Counts;
import vn.hoso.ingest.receipt.Receipt.DossierLine;
import vn.hoso.ingest.receipt.Receipt.DuplicateKind;
import vn.hoso.ingest.receipt.Receipt.DuplicatePage;
import vn.hoso.ingest.receipt.Receipt.OriginUnit;
import vn.hoso.ingest.receipt.Receipt.ReceivingUnit;
import vn.hoso.ingest.receipt.Receipt.Refusal;
import vn.hoso.pdf.PdfAssertions;
import vn.hoso.shared.RecordedLog;

class HandoverReceiptPdfTest {

  private static final String DIGEST =
      "9f2c4e1a7b3d5f60812a4c6e8b0d2f4163a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3";

  /** Where page images go for a person to look at; outside the build tree on purpose. */
  private static final Path PREVIEW =
      Path.of(System.getProperty("java.io.tmpdir"), "receipt-preview");

  private static final String LONG_REASON =
      "Hồ sơ P27169.04.2012.0358.02 khai số trang là 48 (cột page_count) nhưng thư mục"
          + " data/files/P27169.04.2012.0358.02 chỉ có 45 trang ảnh quét. Vui lòng kiểm tra các"
          + " trang còn thiếu (có thể là 0046.tif đến 0048.tif của văn bản VB-0003), bổ sung vào"
          + " gói hoặc sửa cột page_count cho đúng, lập lại gói và gửi lại; các hồ sơ khác trong"
          + " gói vẫn được lưu bình thường.";

  private static Receipt longReceipt;
  private static byte[] longPdf;

  @BeforeAll
  static void buildLongReceipt() {
    longReceipt = receipt(60, true);
    longPdf = HandoverReceiptPdf.build(longReceipt);
  }

  @Test
  void longReceiptIsPdfA2bCompliant() throws Exception {
    assertPdfA2b(longPdf);
  }

  /**
   * iText's tagging of the long, flushed-as-they-go lists logged "Attempt to create a tag for a
   * hint which is already marked as finished" at ERROR level, several times per receipt, while the
   * pages were held open to number them at the end.
   */
  @Test
  void aReceiptOfManyPagesIsDrawnWithoutAnErrorLogged() {
    List<RecordedLog.Entry> errors =
        RecordedLog.during(() -> HandoverReceiptPdf.build(receipt(400, true))).stream()
            .filter(e -> e.level() == Level.ERROR)
            .toList();
    assertTrue(
        errors.isEmpty(),
        errors.size() + " errors logged, the first: " + errors.stream().findFirst());
  }

  @Test
  void shortReceiptIsPdfA2bCompliantOnOnePage() throws Exception {
    Receipt r = receipt(2, false);
    byte[] pdf = HandoverReceiptPdf.build(r);
    assertPdfA2b(pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = flat(new PDFTextStripper().getText(doc));
      assertTrue(text.contains("Không có hồ sơ hay tệp nào bị từ chối."), text);
      assertTrue(text.contains("Trang 1/1"), text);
    }
  }

  @Test
  void textIsExtractableVietnamese() throws IOException {
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      String text = flat(new PDFTextStripper().getText(doc));
      assertTrue(text.contains("BIÊN BẢN GIAO NHẬN TÀI LIỆU LƯU TRỮ"), text);
      assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
      assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"), text);
      assertTrue(text.contains("UBND Phường Diên Hồng"), text);
      assertTrue(text.contains("Phường 14, Quận 10, Thành phố Hồ Chí Minh"), text);
      assertTrue(text.contains("Nguyễn Thị Thu Hằng"), text);
      assertTrue(text.contains(DIGEST), text);
      assertTrue(text.contains("Trang 1/"), text);
      assertTrue(text.contains("ĐẠI DIỆN BÊN GIAO"), text);
      assertTrue(text.contains("ĐẠI DIỆN BÊN NHẬN"), text);
      // Received 07:05 UTC = 14:05 in Vietnam (UTC+7).
      assertTrue(text.contains("14:05 ngày 16/06/2025"), text);
      assertTrue(text.contains("trùng tệp đã có"), text);
      assertTrue(text.contains("nghi trùng, chờ xem xét"), text);
      assertTrue(text.contains("Hạn chế") && text.contains("Mật"), text);
      // The long reason wraps over several lines of its cell but loses nothing.
      assertTrue(hasWrapped(text), text);
    }
  }

  @Test
  void nfdInputIsDrawnAndExtractedAsNfc() throws IOException {
    assertTrue(Normalizer.isNormalized(longReceipt.receivingUnit().name(), Normalizer.Form.NFC));
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "text is not NFC");
      assertFalse(
          text.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK));
    }
  }

  @Test
  void dossierTableBreaksAcrossPagesWithRepeatedHeader() throws IOException {
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      int pages = doc.getNumberOfPages();
      assertTrue(pages > 1, "expected several pages, got " + pages);
      String lastTitle = flat(longReceipt.dossiers().get(59).title());
      String firstPage = pageText(doc, 1);
      assertFalse(firstPage.contains(lastTitle), "the table should not fit on page 1");
      int found = -1;
      for (int p = 2; p <= pages && found < 0; p++) {
        if (pageText(doc, p).contains(lastTitle)) {
          found = p;
        }
      }
      assertTrue(found > 1, "last dossier's title not found after page 1");
      String tablePage = pageText(doc, found);
      assertTrue(tablePage.contains("Tiêu đề hồ sơ"), "header row not repeated: " + tablePage);
      assertTrue(pageText(doc, pages).contains("Trang " + pages + "/" + pages));
      assertTrue(pageText(doc, pages).contains("ĐẠI DIỆN BÊN NHẬN"));
    }
  }

  @Test
  void fontsAreEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources res = page.getResources();
        for (COSName name : res.getFontNames()) {
          PDFont font = res.getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts++;
        }
      }
      assertTrue(fonts >= 2, "expected regular and bold fonts");
    }
  }

  @Test
  void metadataNamesTheReceiptInVietnamese() throws IOException {
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      assertEquals("vi", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
      assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "structure tree");
      String title = doc.getDocumentInformation().getTitle();
      assertTrue(title.startsWith("Biên bản giao nhận tài liệu lưu trữ"), title);
      assertTrue(title.contains(longReceipt.externalIdentifier()), title);
      assertTrue(doc.getDocumentInformation().getProducer().contains("hoso"));
    }
  }

  @Test
  void writeLeavesTheStreamOpenAndMatchesBuild() throws IOException {
    Receipt r = receipt(1, false);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HandoverReceiptPdf.write(r, out, HandoverReceiptPdf.DEFAULT_FONT_DIR);
    out.write('\n'); // still open
    assertTrue(out.size() > 1000);
  }

  @Test
  void receiptDrawnBeforeCompletionIsDatedAtReception() throws IOException {
    Receipt done = receipt(1, false);
    Receipt open =
        new Receipt(
            done.handoverId(),
            done.externalIdentifier(),
            done.manifestSha256(),
            done.sourceOrganization(),
            done.origin(),
            done.receivingUnit(),
            null,
            Instant.parse("2025-02-03T17:30:00Z"), // 00:30 on 4 February in Vietnam
            null,
            done.receivedBy(),
            done.counts(),
            done.dossiers(),
            null,
            null);
    try (PDDocument doc = Loader.loadPDF(HandoverReceiptPdf.build(open))) {
      String text = flat(new PDFTextStripper().getText(doc));
      assertTrue(text.contains("Hôm nay, vào lúc 00:30 ngày 04/02/2025"), text);
      // Nghị định 30/2020: months below 3 take a leading zero in the place-and-date line.
      assertTrue(text.contains("Phường Diên Hồng, ngày 04 tháng 02 năm 2025"), text);
      assertFalse(text.contains("hoàn tất"), text);
      assertTrue(text.contains("số liệu trên đây là tạm tính"), text);
    }
  }

  @Test
  void missingFontsNameTheDebianPackage() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                HandoverReceiptPdf.write(
                    receipt(1, false), new ByteArrayOutputStream(), Path.of("/nonexistent-fonts")));
    assertTrue(e.getMessage().contains("fonts-dejavu-core"), e.getMessage());
  }

  @Test
  void rendersPreviewOfFirstAndLastPage() throws IOException {
    Files.createDirectories(PREVIEW);
    // Images from an earlier, longer layout would be mistaken for this one.
    try (var old = Files.newDirectoryStream(PREVIEW, "receipt-page-*.png")) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
    try (PDDocument doc = Loader.loadPDF(longPdf)) {
      PDFRenderer renderer = new PDFRenderer(doc);
      int last = doc.getNumberOfPages() - 1;
      for (int i : new int[] {0, last}) {
        BufferedImage img = renderer.renderImageWithDPI(i, 100);
        Path png = PREVIEW.resolve("receipt-page-" + (i + 1) + ".png");
        ImageIO.write(img, "png", png.toFile());
        assertTrue(Files.size(png) > 10_000, png + " looks empty");
        assertTrue(inkShare(img) > 0.01, png + " is almost blank");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  static void assertPdfA2b(byte[] pdf) throws Exception {
    PdfAssertions.assertPdfA2b(pdf);
  }

  /** Share of pixels that are not white. */
  private static double inkShare(BufferedImage img) {
    long ink = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) img.getWidth() * img.getHeight());
  }

  private static String pageText(PDDocument doc, int page) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return flat(s.getText(doc));
  }

  /** Text with every run of white space (line breaks inside table cells) made one space. */
  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }

  /** The long reason's first and last words are there, whatever the line breaks in between. */
  private static boolean hasWrapped(String text) {
    return text.contains("khai số trang là 48")
        && text.contains("vẫn được lưu bình thường.")
        && text.contains("bổ sung vào gói");
  }

  /** NFD form: what a package prepared on macOS may carry. */
  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static final String[] TITLES = {
    "Sổ đăng ký khai sinh năm %d, quyển %d",
    "Hồ sơ đăng ký kết hôn năm %d, quyển %d",
    "Hồ sơ cấp giấy chứng nhận quyền sử dụng đất ở, khu phố %2$d, năm %1$d",
    "Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ trên địa bàn phường năm %d (tập %d)",
    "Hồ sơ đăng ký hộ kinh doanh cá thể năm %d, tập %d",
    "Quyết định của Ủy ban nhân dân phường về công tác cán bộ năm %d, tập %d",
  };

  /**
   * A realistic receipt for Phường 14, Quận 10 handing over to Phường Diên Hồng (which kept code
   * 27169). With {@code problems}, it carries refusals (one with a long reason) and duplicates.
   * Every text goes in decomposed (NFD).
   */
  static Receipt receipt(int dossierCount, boolean problems) {
    List<DossierLine> dossiers = new ArrayList<>();
    int docs = 0;
    int pages = 0;
    for (int i = 0; i < dossierCount; i++) {
      int year = 2005 + i % 15;
      String code = String.format("P27169.%02d.%d.%04d.%02d", 4 + i % 6, year, 356 + i, 1 + i % 3);
      String title = String.format(TITLES[i % TITLES.length], year, 1 + i / 6);
      int d = 3 + i % 9;
      int p = d * (2 + i % 4);
      Access access =
          i % 6 == 5 ? Access.CONFIDENTIAL : i % 6 == 0 ? Access.RESTRICTED : Access.PUBLIC;
      dossiers.add(new DossierLine(nfd(code), nfd(title), d, p, access));
      docs += d;
      pages += p;
    }
    List<Refusal> refusals = new ArrayList<>();
    List<DuplicatePage> duplicates = new ArrayList<>();
    if (problems) {
      refusals.add(
          new Refusal("DOSSIER_REFUSED", "data/dossiers.csv", 17, "page_count", nfd(LONG_REASON)));
      refusals.add(
          new Refusal(
              "DOSSIER_REFUSED",
              "data/files/P27169.05.2009.0401.02/VB-0002/0003.tif",
              null,
              null,
              nfd(
                  "Tệp không đọc được như ảnh TIFF (có thể bị hỏng khi sao chép); hồ sơ bị từ"
                      + " chối.")));
      refusals.add(
          new Refusal(
              "WARNING",
              "data/documents.csv",
              null,
              "ghi_chu",
              nfd("Cột không thuộc mẫu gói giao nộp, đã bỏ qua.")));
      duplicates.add(
          new DuplicatePage(
              "P27169.04.2005.0356.01",
              "P27169.04.2005.0356.01-1",
              2,
              DuplicateKind.IDENTICAL_FILE));
      duplicates.add(
          new DuplicatePage(
              "P27169.06.2007.0358.03",
              "P27169.06.2007.0358.03-4",
              11,
              DuplicateKind.SIMILAR_PAGE));
    }
    return new Receipt(
        4812,
        nfd("GN-P14Q10-2025-003"),
        DIGEST,
        nfd("UBND Phường 14, Quận 10 (Công ty TNHH Số hóa Tài liệu Phương Nam thực hiện)"),
        OriginUnit.of("commune:27169", nfd("Phường 14, Quận 10, Thành phố Hồ Chí Minh")),
        new ReceivingUnit("27169", nfd("Phường Diên Hồng"), nfd("Thành phố Hồ Chí Minh")),
        LocalDate.of(2025, 6, 12),
        Instant.parse("2025-06-16T07:05:00Z"),
        Instant.parse("2025-06-16T07:41:00Z"),
        nfd("Nguyễn Thị Thu Hằng"),
        new Counts(
            dossierCount,
            problems ? 2 : 0,
            docs,
            pages,
            problems ? 51 : 0,
            problems ? 1 : 0,
            problems ? 1 : 0),
        dossiers,
        refusals,
        duplicates);
  }
}
