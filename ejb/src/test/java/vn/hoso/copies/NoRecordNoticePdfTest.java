package vn.hoso.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.pdf.PdfAssertions;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.Pdfsig;
import vn.hoso.signing.UnitKeyStore;

/** The "no record found" notice: one signed PDF/A-2B page, in Vietnamese, with its QR code. */
class NoRecordNoticePdfTest {

  @TempDir static Path keysDir;
  static NoticeContent notice;
  static byte[] unsigned;
  static byte[] signed;

  @BeforeAll
  static void buildAndSign() throws Exception {
    notice = CopyFixtures.notice();
    unsigned = NoRecordNoticePdf.build(notice);
    signed =
        new PadesSigner(Optional.empty())
            .sign(
                unsigned,
                UnitKeyStore.local(keysDir).keyFor("27169", "Phường Diên Hồng"),
                new PadesSigner.Purpose(
                    "hoso-thong-bao", "Thông báo không tìm thấy tài liệu", "Phường Diên Hồng"),
                new PadesSigner.Visible(
                    1,
                    NoRecordNoticePdf.signatureBox(),
                    notice.signerName(),
                    notice.signerTitle()));
  }

  @Test
  void isPdfA2bBeforeAndAfterSigning() throws Exception {
    PdfAssertions.assertPdfA2b(unsigned);
    PdfAssertions.assertPdfA2b(signed);
  }

  @Test
  void pdfsigSaysValid() throws Exception {
    String report = Pdfsig.check(signed);
    assertTrue(Pdfsig.allValid(report, 1), report);
  }

  @Test
  void saysInVietnameseThatNothingWasFound() throws Exception {
    try (PDDocument doc = Loader.loadPDF(signed)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = CertifiedCopyPdfTest.pageText(doc, 1);
      assertTrue(text.contains("THÔNG BÁO KHÔNG TÌM THẤY TÀI LIỆU"), text);
      assertTrue(text.contains("UBND PHƯỜNG DIÊN HỒNG"), text);
      assertTrue(text.contains("Kính gửi: Bà Phạm Thị Ngọc Ánh"), text);
      assertTrue(text.contains("YC-2026-000431"), text);
      // received 08:40 UTC = 15:40 in Vietnam
      assertTrue(text.contains("15:40 ngày 02/03/2026"), text);
      assertTrue(text.contains("Phạm Văn Đức"), text);
      assertTrue(text.contains("không tìm thấy tài liệu phù hợp với yêu cầu"), text);
      assertTrue(text.contains("Số: 7/2026/TB — Quyển số: 01/2026"), text);
      assertTrue(text.contains("TB-27169-2026-000007"), text);
      assertTrue(text.contains("Người tra tìm: Lê Thị Mỹ Duyên"), text);
      assertTrue(text.contains("PHÓ CHỦ TỊCH") && text.contains("Trần Quốc Huy"), text);
      assertTrue(text.contains("Trang 1/1"), text);
    }
  }

  @Test
  void qrCodeLeadsToTheVerificationPage() throws Exception {
    Path preview = Path.of("target", "copy-preview");
    Files.createDirectories(preview);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
      BufferedImage foot =
          page.getSubimage(0, page.getHeight() * 2 / 3, page.getWidth(), page.getHeight() / 3);
      assertEquals(notice.verifyUrl(), CopyFixtures.decodeQr(foot));
      ImageIO.write(
          new PDFRenderer(doc).renderImageWithDPI(0, 110),
          "png",
          preview.resolve("notice-page-1.png").toFile());
    }
  }
}
