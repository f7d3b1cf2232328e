package vn.hoso.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.copies.CopyContent.PageScan;
import vn.hoso.pdf.PdfAssertions;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.Pdfsig;
import vn.hoso.signing.SigningKey;
import vn.hoso.signing.UnitKeyStore;

/**
 * A certified copy of four scans (JPEG, PNG, bilevel TIFF, a page of a PDF), signed visibly with
 * the unit's key: PDF/A-2B before and after signing, a signature pdfsig accepts, the Vietnamese
 * text, the stamps and page numbers, QR codes that lead to the verification page, the sidecar.
 */
class CertifiedCopyPdfTest {

  static final PadesSigner.Purpose PURPOSE =
      new PadesSigner.Purpose("hoso-ban-sao", "Cấp bản sao tài liệu lưu trữ", "Phường Diên Hồng");

  private static final Path PREVIEW = Path.of("target", "copy-preview");

  @TempDir static Path keysDir;
  static SigningKey key;
  static List<PageScan> scans;
  static CopyContent content;
  static byte[] unsigned;
  static byte[] signed;

  @BeforeAll
  static void buildAndSign() throws Exception {
    key = UnitKeyStore.local(keysDir).keyFor("27169", "Phường Diên Hồng");
    scans = CopyFixtures.mixedScans();
    content = CopyFixtures.copy(CopyKind.ARCHIVE_COPY, scans);
    unsigned = CertifiedCopyPdf.build(content);
    signed = sign(unsigned, key);
  }

  static byte[] sign(byte[] pdf, SigningKey key) throws Exception {
    return new PadesSigner(java.util.Optional.empty())
        .sign(
            pdf,
            key,
            PURPOSE,
            new PadesSigner.Visible(
                1, CertifiedCopyPdf.signatureBox(), "Trần Quốc Huy", "Phó Chủ tịch"));
  }

  @Test
  void unsignedAndSignedArePdfA2b() throws Exception {
    PdfAssertions.assertPdfA2b(unsigned);
    PdfAssertions.assertPdfA2b(signed);
  }

  @Test
  void pdfsigSaysTheVisibleSignatureIsValid() throws Exception {
    String report = Pdfsig.check(signed);
    assertTrue(Pdfsig.allValid(report, 1), report);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature s = doc.getLastSignatureDictionary();
      assertEquals("ETSI.CAdES.detached", s.getSubFilter());
      var field = doc.getDocumentCatalog().getAcroForm().getFields().get(0);
      PDRectangle r = field.getWidgets().get(0).getRectangle();
      assertEquals(CertifiedCopyPdf.signatureBox().getX(), r.getLowerLeftX(), 0.5);
      assertEquals(CertifiedCopyPdf.signatureBox().getWidth(), r.getWidth(), 0.5);
      assertEquals(
          doc.getPage(0).getCOSObject(), field.getWidgets().get(0).getPage().getCOSObject());
    }
  }

  @Test
  void firstPageCertifiesInVietnamese() throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      assertEquals(1 + scans.size(), doc.getNumberOfPages());
      String text = pageText(doc, 1);
      assertTrue(text.contains("BẢN SAO TÀI LIỆU LƯU TRỮ"), text);
      assertTrue(text.contains("UBND PHƯỜNG DIÊN HỒNG"), text);
      assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
      assertTrue(text.contains("Phường Diên Hồng, ngày 04 tháng 02 năm 2026"), text);
      assertTrue(text.contains("Phường 14, Quận 10, Thành phố Hồ Chí Minh"), text);
      assertTrue(text.contains(content.registerLabel()), text);
      assertTrue(text.contains(CopyFixtures.CODE), text);
      assertTrue(text.contains("345/KS"), text);
      assertTrue(text.contains("Luật Giao dịch điện tử số 20/2023/QH15"), text);
      assertTrue(
          text.contains("Trung tâm Lưu trữ lịch sử Thành phố Hồ Chí Minh ngày 18/09/2025"), text);
      assertTrue(text.contains("Người chuẩn bị: Lê Thị Mỹ Duyên"), text);
      assertTrue(text.contains("PHÓ CHỦ TỊCH") && text.contains("Trần Quốc Huy"), text);
      assertTrue(text.contains("Tra cứu tính xác thực tại " + CopyFixtures.VERIFY_URL), text);
      assertTrue(text.contains("4 trang (trang 1, 2, 3, 5 của tài liệu)"), text);
      assertTrue(text.contains("Trang 1/5"), text);
      assertTrue(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC));
    }
  }

  @Test
  void registerCopyHasItsOwnTitle() throws Exception {
    byte[] pdf =
        CertifiedCopyPdf.build(CopyFixtures.copy(CopyKind.REGISTER_COPY, scans.subList(0, 1)));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = pageText(doc, 1);
      assertTrue(text.contains("BẢN SAO TỪ SỔ GỐC"), text);
      assertTrue(text.contains("Nghị định số 23/2015/NĐ-CP"), text);
      assertEquals(2, doc.getNumberOfPages());
    }
    assertEquals(CopyKind.REGISTER_COPY, CopyKind.forRecordKind("civil_status"));
    assertEquals(CopyKind.ARCHIVE_COPY, CopyKind.forRecordKind("land"));
    assertEquals(CopyKind.ARCHIVE_COPY, CopyKind.forRecordKind(null));
    assertEquals("Số: 12/2026/BS — Quyển số: 01/2026", content.registerLabel());
  }

  @Test
  void everyScanPageIsStampedAndNumbered() throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      int n = doc.getNumberOfPages();
      for (int i = 2; i <= n; i++) {
        String text = pageText(doc, i);
        assertTrue(text.contains("BẢN SAO"), i + ": " + text);
        assertTrue(text.contains("Trang " + i + "/" + n), i + ": " + text);
        assertTrue(text.contains(CopyFixtures.CODE), i + ": " + text);
      }
      // the scan of page 3 of the record, whatever the format, is on page 4 of the copy
      assertTrue(pageText(doc, 4).contains("trang 3 của tài liệu"), pageText(doc, 4));
    }
  }

  @Test
  void qrCodesOnFirstAndScanPagesLeadToTheVerificationPage() throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int i : new int[] {0, 2, 4}) {
        BufferedImage page = r.renderImageWithDPI(i, 200);
        // the QR codes sit in the lower part of each page; the scans above hold no QR code
        BufferedImage foot =
            page.getSubimage(0, page.getHeight() * 2 / 3, page.getWidth(), page.getHeight() / 3);
        assertEquals(CopyFixtures.VERIFY_URL, CopyFixtures.decodeQr(foot), "page " + (i + 1));
      }
    }
  }

  @Test
  void sidecarRoundTripsThroughTheSignedPdf() {
    Optional<String> read = CertifiedCopyPdf.readSidecar(signed);
    assertTrue(read.isPresent());
    assertEquals(
        new String(CertifiedCopyPdf.sidecar(content), java.nio.charset.StandardCharsets.UTF_8),
        read.get());
    JsonObject json = Json.createReader(new StringReader(read.get())).readObject();
    assertEquals(CopyFixtures.CODE, json.getString("code"));
    assertEquals("ARCHIVE_COPY", json.getString("kind"));
    assertEquals(12, json.getJsonObject("register").getInt("no"));
    assertEquals("27172", json.getJsonObject("originUnit").getString("code"));
    assertEquals(
        "P27172.01.1987.0012.0345", json.getJsonObject("record").getString("documentCode"));
    assertEquals("1987-03-20", json.getJsonObject("record").getString("issuedDate"));
    assertEquals("2025-09-18", json.getJsonObject("digitisation").getString("on"));
    JsonArray pages = json.getJsonArray("pages");
    assertEquals(scans.size(), pages.size());
    for (int i = 0; i < scans.size(); i++) {
      assertEquals(scans.get(i).pageNo(), pages.getJsonObject(i).getInt("pageNo"));
      assertEquals(scans.get(i).sha256(), pages.getJsonObject(i).getString("sha256"));
    }
    // no person's name: the sidecar describes the copy, not the people involved
    for (String person : List.of("Lê Thị Mỹ Duyên", "Trần Quốc Huy")) {
      assertFalse(read.get().contains(person), person);
    }
    assertEquals(read, CertifiedCopyPdf.readSidecar(unsigned));
    assertTrue(CertifiedCopyPdf.readSidecar(new byte[] {1, 2, 3}).isEmpty());
    assertTrue(CertifiedCopyPdf.readSidecar(new byte[0]).isEmpty());
  }

  @Test
  void rendersPreviewOfFirstAndScanPage() throws Exception {
    Files.createDirectories(PREVIEW);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDFRenderer r = new PDFRenderer(doc);
      for (int i : new int[] {0, 1, 3}) {
        BufferedImage img = r.renderImageWithDPI(i, 110);
        Path png = PREVIEW.resolve("copy-page-" + (i + 1) + ".png");
        ImageIO.write(img, "png", png.toFile());
        assertTrue(Files.size(png) > 10_000, png + " looks empty");
      }
    }
  }

  static String pageText(PDDocument doc, int page) throws java.io.IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc).replaceAll("\\s+", " ").trim();
  }
}
