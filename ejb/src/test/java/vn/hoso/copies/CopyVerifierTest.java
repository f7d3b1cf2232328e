package vn.hoso.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.StampingProperties;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.copies.CopyVerifier.Verdict;
import vn.hoso.signing.SigningKey;
import vn.hoso.signing.UnitKeyStore;
import vn.hoso.storage.BlobStore;

/**
 * The verification page's judge: only the issued file, signed by the issuing unit over the whole
 * file, is genuine; tampering, appending, another signer and garbage are each named.
 */
class CopyVerifierTest {

  @TempDir static Path keysDir;
  @TempDir static Path otherKeysDir;
  static SigningKey key;
  static String unitCertificate;
  static byte[] unsigned;
  static byte[] issued;
  static String issuedSha256;

  @BeforeAll
  static void issue() throws Exception {
    key = UnitKeyStore.local(keysDir).keyFor("27169", "Phường Diên Hồng");
    unitCertificate = BlobStore.sha256Hex(key.certificate().getEncoded());
    unsigned =
        CertifiedCopyPdf.build(
            CopyFixtures.copy(CopyKind.ARCHIVE_COPY, CopyFixtures.mixedScans().subList(0, 2)));
    issued = CertifiedCopyPdfTest.sign(unsigned, key);
    issuedSha256 = BlobStore.sha256Hex(issued);
  }

  @Test
  void theIssuedFileIsGenuine() {
    Verdict v = CopyVerifier.examine(issued, issuedSha256.toUpperCase(), unitCertificate);
    assertTrue(v.genuine(), v.toString());
    assertTrue(v.identical() && v.signed() && v.signatureIntact());
    assertTrue(v.coversWholeDocument() && v.signedByUnit());
    assertNull(v.problem());
  }

  @Test
  void aByteChangedInAPageContentStreamIsCaught() throws Exception {
    // a byte of page 1's content stream (the certification text), well inside the signed range
    int object;
    try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(issued)))) {
      object = pdf.getPage(1).getContentStream(0).getIndirectReference().getObjNumber();
    }
    int start = indexOf(issued, ("\n" + object + " 0 obj").getBytes(StandardCharsets.US_ASCII), 0);
    int at = indexOf(issued, "stream\n".getBytes(StandardCharsets.US_ASCII), start) + 20;
    assertTrue(at < signedRangeEnd(), "inside the first covered range");
    byte[] tampered = issued.clone();
    tampered[at] ^= 0x01;
    Verdict v = CopyVerifier.examine(tampered, issuedSha256, unitCertificate);
    assertFalse(v.genuine(), v.toString());
    assertFalse(v.identical());
    assertTrue(v.signed());
    assertFalse(v.signatureIntact(), v.toString());
    assertTrue(v.problem().startsWith("Tệp đã bị sửa sau khi ký"), v.problem());
  }

  @Test
  void aByteChangedInTheMiddleOfTheFileIsCaught() {
    byte[] tampered = issued.clone();
    int mid = tampered.length / 2; // inside a scan's JPEG bytes, inside the signed range
    tampered[mid] ^= 0x20;
    Verdict v = CopyVerifier.examine(tampered, issuedSha256, unitCertificate);
    assertFalse(v.genuine(), v.toString());
    assertFalse(v.signatureIntact(), v.toString());
    assertNotNull(v.problem());
  }

  @Test
  void aPageAddedAfterSigningIsCaught() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfDocument pdf =
        new PdfDocument(
            new PdfReader(new ByteArrayInputStream(issued)),
            new PdfWriter(out),
            new StampingProperties().useAppendMode())) {
      pdf.addNewPage(PageSize.A4);
    }
    byte[] appended = out.toByteArray();
    try (PDDocument before = Loader.loadPDF(issued);
        PDDocument after = Loader.loadPDF(appended)) {
      assertEquals(before.getNumberOfPages() + 1, after.getNumberOfPages(), "the page was added");
    }
    Verdict v = CopyVerifier.examine(appended, issuedSha256, unitCertificate);
    assertFalse(v.genuine(), v.toString());
    assertTrue(v.signatureIntact(), "the original revision is still intact");
    assertFalse(v.coversWholeDocument(), v.toString());
    assertTrue(v.problem().startsWith("Tệp có thêm nội dung sau chữ ký"), v.problem());
  }

  @Test
  void theSameCopySignedByAnotherUnitIsCaught() throws Exception {
    SigningKey other = UnitKeyStore.local(otherKeysDir).keyFor("27169", "Phường Diên Hồng");
    byte[] forged = CertifiedCopyPdfTest.sign(unsigned, other);
    Verdict v = CopyVerifier.examine(forged, BlobStore.sha256Hex(forged), unitCertificate);
    assertFalse(v.genuine(), v.toString());
    assertTrue(v.identical() && v.signatureIntact() && v.coversWholeDocument(), v.toString());
    assertFalse(v.signedByUnit());
    assertTrue(v.problem().startsWith("Chữ ký không phải của đơn vị cấp bản sao"), v.problem());
  }

  @Test
  void anUnsignedCopyIsNotGenuine() {
    Verdict v = CopyVerifier.examine(unsigned, BlobStore.sha256Hex(unsigned), unitCertificate);
    assertFalse(v.genuine());
    assertFalse(v.signed());
    assertTrue(v.identical());
    assertNotNull(v.problem());
  }

  @Test
  void garbageNeverThrows() {
    Random random = new Random(7);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    String hugeXref =
        "%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size 2147483647 /W [4 4 4] /Length 999999999999 >>\n"
            + "stream\nxx\nendstream\nendobj\nstartxref\n9\n%%EOF\n";
    String hugeStream =
        "%PDF-1.7\n1 0 obj\n<< /Length 2147483647 /Filter /FlateDecode >>\nstream\n";
    List<byte[]> bad =
        List.of(
            new byte[0],
            noise,
            "not a pdf at all".getBytes(StandardCharsets.UTF_8),
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            Arrays.copyOf(issued, issued.length / 2),
            Arrays.copyOf(issued, 100),
            hugeXref.getBytes(StandardCharsets.US_ASCII),
            hugeStream.getBytes(StandardCharsets.US_ASCII));
    for (byte[] b : bad) {
      Verdict v = CopyVerifier.examine(b, issuedSha256, unitCertificate);
      assertFalse(v.genuine(), v.toString());
      assertNotNull(v.problem());
    }
    Verdict none = CopyVerifier.examine(null, null, null);
    assertFalse(none.genuine());
    assertEquals(
        CopyVerifier.NOT_PDF, CopyVerifier.examine(noise, issuedSha256, unitCertificate).problem());
    // a signed file checked against no known hash is not genuine either
    assertFalse(CopyVerifier.examine(issued, null, unitCertificate).genuine());
  }

  private static int signedRangeEnd() throws Exception {
    try (PDDocument doc = Loader.loadPDF(issued)) {
      return doc.getLastSignatureDictionary().getByteRange()[1];
    }
  }

  private static int indexOf(byte[] data, byte[] needle, int from) {
    outer:
    for (int i = from; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }
}
