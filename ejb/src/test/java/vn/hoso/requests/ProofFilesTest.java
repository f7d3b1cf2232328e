package vn.hoso.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.hoso.shared.InvalidInput;

/**
 * Proof uploads: real files pass; broken, disguised, hostile and oversized ones are named and
 * refused.
 */
class ProofFilesTest {

  private static byte[] png(int w, int h) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY), "png", b);
    return b.toByteArray();
  }

  private static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }

  private static String refusal(ProofFiles.Upload... uploads) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> ProofFiles.check(List.of(uploads)));
    return e.problems().get(0).message();
  }

  @Test
  void realFilesPassWithTheirTypeFromTheBytes() throws IOException {
    List<ProofFiles.Checked> ok =
        ProofFiles.check(
            List.of(
                new ProofFiles.Upload("khai-sinh.png", png(400, 300)),
                new ProofFiles.Upload("uy-quyen.pdf", pdf()),
                // the name lies, the bytes decide
                new ProofFiles.Upload("anh.jpg", png(200, 200))));
    assertEquals(
        List.of("image/png", "application/pdf", "image/png"),
        ok.stream().map(ProofFiles.Checked::mediaType).toList());
    assertEquals(64, ok.get(0).sha256().length());
  }

  @Test
  void anExecutableNamedPdfIsRefusedByName() {
    byte[] exe = "MZ\u0090\u0000 this is not a pdf".getBytes(StandardCharsets.ISO_8859_1);
    String m = refusal(new ProofFiles.Upload("giay-to.pdf", exe));
    assertTrue(m.contains("giay-to.pdf") && m.contains("không phải PDF"), m);
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] cut = Arrays.copyOf(pdf(), 20);
    assertTrue(refusal(new ProofFiles.Upload("cut.pdf", cut)).contains("cắt cụt"));
  }

  @Test
  void aBrokenImageIsRefused() throws IOException {
    byte[] png = png(300, 300);
    byte[] broken = Arrays.copyOf(png, 30);
    assertTrue(refusal(new ProofFiles.Upload("hong.png", broken)).contains("hong.png"));
  }

  @Test
  void aJpegPassesAndACutOneIsRefused() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB), "jpeg", b);
    byte[] jpeg = b.toByteArray();
    assertEquals(
        "image/jpeg",
        ProofFiles.check(List.of(new ProofFiles.Upload("a.jpg", jpeg))).get(0).mediaType());
    byte[] cut = Arrays.copyOf(jpeg, jpeg.length - 40);
    assertTrue(refusal(new ProofFiles.Upload("a.jpg", cut)).contains("cắt cụt"));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertTrue(refusal(new ProofFiles.Upload("rong.pdf", new byte[0])).contains("rỗng"));
  }

  @Test
  void anOversizedFileIsRefusedWithWhatToDo() {
    byte[] big = new byte[(int) ProofFiles.MAX_BYTES + 1];
    System.arraycopy(pdf(), 0, big, 0, pdf().length);
    String m = refusal(new ProofFiles.Upload("lon.pdf", big));
    assertTrue(m.contains("10 MB") && m.contains("200 dpi"), m);
  }

  @Test
  void aPixelBombIsRefusedFromItsHeaderWithoutDecoding() throws IOException {
    byte[] png = png(10, 10);
    // IHDR width/height at bytes 16..23: claim 100,000 × 100,000
    byte[] bomb = png.clone();
    int[] w = {0x00, 0x01, 0x86, 0xA0};
    for (int i = 0; i < 4; i++) {
      bomb[16 + i] = (byte) w[i];
      bomb[20 + i] = (byte) w[i];
    }
    String m = refusal(new ProofFiles.Upload("bom.png", bomb));
    assertTrue(m.contains("quá lớn") || m.contains("hỏng"), m);
  }

  @Test
  void tooManyFilesAreRefused() throws IOException {
    List<ProofFiles.Upload> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(new ProofFiles.Upload("f" + i + ".png", png(200, 200)));
    }
    InvalidInput e = assertThrows(InvalidInput.class, () -> ProofFiles.check(six));
    assertTrue(e.problems().get(0).message().contains("Tối đa 5"));
  }

  @Test
  void hostileNamesAreMadeHarmless() {
    assertEquals("passwd", ProofFiles.safeName("../../etc/passwd"));
    assertEquals("a_b.pdf", ProofFiles.safeName("a\"b.pdf").replace("_", "_"));
    assertEquals("tệp không tên", ProofFiles.safeName("   "));
    assertTrue(ProofFiles.safeName("x".repeat(5000)).length() <= 120);
    assertEquals("Giấy khai sinh.pdf", ProofFiles.safeName("C:\\Users\\an\\Giấy khai sinh.pdf"));
  }

  @Test
  void everyBadFileIsNamedNotOnlyTheFirst() throws IOException {
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                ProofFiles.check(
                    List.of(
                        new ProofFiles.Upload("tot.png", png(300, 300)),
                        new ProofFiles.Upload("xau1.pdf", new byte[] {1, 2, 3}),
                        new ProofFiles.Upload("xau2.png", new byte[0]))));
    assertEquals(2, e.problems().size());
  }
}
