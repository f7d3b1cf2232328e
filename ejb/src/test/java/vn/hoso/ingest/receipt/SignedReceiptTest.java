package vn.hoso.ingest.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.signing.PadesSigner;
import vn.hoso.signing.Pdfsig;
import vn.hoso.signing.SigningKey;
import vn.hoso.signing.UnitKeyStore;

/**
 * The receipt as issued: built, then signed with the receiving unit's key (PAdES B-B) — still
 * PDF/A-2B, and a signature pdfsig accepts; any change to the signed bytes is caught.
 */
class SignedReceiptTest {

  private static final PadesSigner.Purpose PURPOSE =
      new PadesSigner.Purpose("hoso-bien-ban-giao-nhan", "Biên bản giao nhận", "Phường Diên Hồng");

  @TempDir static Path keysDir;
  private static SigningKey key;
  private static byte[] signed;

  @BeforeAll
  static void sign() throws Exception {
    key = UnitKeyStore.local(keysDir).keyFor("27169", "Phường Diên Hồng");
    byte[] pdf = HandoverReceiptPdf.build(HandoverReceiptPdfTest.receipt(3, true));
    signed = new PadesSigner(Optional.empty()).sign(pdf, key, PURPOSE);
  }

  @Test
  void signedReceiptStaysPdfA2b() throws Exception {
    HandoverReceiptPdfTest.assertPdfA2b(signed);
  }

  @Test
  void pdfsigSaysTheSignatureIsValidAndCoversTheWholeFile() throws Exception {
    String report = Pdfsig.check(signed);
    assertTrue(Pdfsig.allValid(report, 1), report);
    assertTrue(report.contains("Phường Diên Hồng") || report.contains("27169"), report);
    try (PDDocument doc = Loader.loadPDF(signed)) {
      PDSignature s = doc.getLastSignatureDictionary();
      assertEquals("ETSI.CAdES.detached", s.getSubFilter());
      assertEquals("Biên bản giao nhận", s.getReason());
      int[] range = s.getByteRange();
      assertEquals(signed.length, range[2] + range[3], "the signature covers the file to its end");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("BIÊN BẢN GIAO NHẬN"), "the receipt's text is unchanged");
    }
  }

  @Test
  void aByteChangedAfterSigningIsCaught() throws Exception {
    byte[] tampered = signed.clone();
    // a digit of the manifest digest in the page content, well inside the signed range
    int at = indexOf(tampered, "endstream".getBytes()) - 20;
    tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
    String report = Pdfsig.check(tampered);
    assertFalse(Pdfsig.allValid(report, 1), report);
  }

  @Test
  void contentAppendedAfterSigningIsReported() throws Exception {
    byte[] appended = new byte[signed.length + 40];
    System.arraycopy(signed, 0, appended, 0, signed.length);
    byte[] tail = "\n% appended after signing\n".getBytes();
    System.arraycopy(tail, 0, appended, signed.length, tail.length);
    String report = Pdfsig.check(appended);
    assertFalse(report.contains("Total document signed"), report);
  }

  @Test
  void localKeysPersistArePrivateAndOnePerUnit() throws Exception {
    UnitKeyStore again = UnitKeyStore.local(keysDir);
    assertTrue(again.isLocal());
    SigningKey same = again.keyFor("27169", "Phường Diên Hồng");
    assertEquals(key.certificate(), same.certificate(), "the unit keeps its key across restarts");
    SigningKey other = again.keyFor("26734", "Phường Hoàn Kiếm");
    assertNotEquals(key.certificate().getPublicKey(), other.certificate().getPublicKey());
    assertEquals(
        key.chain().get(1), other.chain().get(1), "both issued by the one local authority");
    other.certificate().verify(other.chain().get(1).getPublicKey());
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(keysDir.resolve("unit-keys.password"))));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(
            Files.getPosixFilePermissions(keysDir.resolve("unit-keys.p12"))));
  }

  @Test
  void aConfiguredKeystoreWithoutTheUnitsKeySaysWhichUnit() throws Exception {
    Path file = keysDir.resolve("unit-keys.p12");
    char[] password = Files.readString(keysDir.resolve("unit-keys.password")).strip().toCharArray();
    UnitKeyStore configured = UnitKeyStore.configured(file, password);
    assertFalse(configured.isLocal());
    GeneralSecurityException e =
        assertThrows(GeneralSecurityException.class, () -> configured.keyFor("99999", "X"));
    assertTrue(e.getMessage().contains("99999"), e.getMessage());
    assertThrows(
        java.io.IOException.class,
        () -> UnitKeyStore.configured(keysDir.resolve("missing.p12"), password));
  }

  private static int indexOf(byte[] data, byte[] needle) {
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
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
