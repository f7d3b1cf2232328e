package vn.hoso.requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.hoso.shared.InvalidInput;
import vn.hoso.shared.InvalidInput.Problem;
import vn.hoso.shared.Text;

/**
 * Proof documents uploaded with a request: PDF, JPEG or PNG decided from the bytes (never the name
 * or the browser's claim), at most {@link #MAX_FILES} files of {@link #MAX_BYTES} each, images at
 * most {@link #MAX_PIXELS} (read from the header, never decoded). Every refusal names the file.
 */
public final class ProofFiles {

  public static final int MAX_FILES = 5;
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final long MAX_PIXELS = 60_000_000L;

  private ProofFiles() {}

  /** A file as it arrived. */
  public record Upload(String fileName, byte[] bytes) {}

  /** A file that passed: its real type and digest. */
  public record Checked(
      String fileName, String mediaType, String sha256, long size, byte[] bytes) {}

  public static List<Checked> check(List<Upload> uploads) {
    List<Problem> problems = new ArrayList<>();
    List<Checked> ok = new ArrayList<>();
    if (uploads.size() > MAX_FILES) {
      throw InvalidInput.of(
          "proofs",
          "Tối đa "
              + MAX_FILES
              + " tệp chứng minh cho một lần gửi; hãy gộp bớt thành một tệp PDF.");
    }
    for (Upload u : uploads) {
      String name = safeName(u.fileName());
      byte[] b = u.bytes();
      if (b == null || b.length == 0) {
        problems.add(new Problem("proofs", "Tệp \"" + name + "\" rỗng."));
        continue;
      }
      if (b.length > MAX_BYTES) {
        problems.add(
            new Problem(
                "proofs",
                "Tệp \""
                    + name
                    + "\" lớn quá 10 MB ("
                    + (b.length / (1024 * 1024))
                    + " MB). Hãy quét với độ phân giải thấp hơn (200 dpi là đủ)."));
        continue;
      }
      String type = mediaType(b);
      if (type == null) {
        problems.add(
            new Problem(
                "proofs",
                "Tệp \""
                    + name
                    + "\" không phải PDF, JPEG hay PNG (đã kiểm tra nội dung tệp, không theo tên)."));
        continue;
      }
      String imageProblem =
          type.startsWith("image/")
              ? truncated(type, b) ? "ảnh bị cắt cụt (tải lên chưa hết?)." : imageProblem(b)
              : pdfProblem(b);
      if (imageProblem != null) {
        problems.add(new Problem("proofs", "Tệp \"" + name + "\": " + imageProblem));
        continue;
      }
      ok.add(new Checked(name, type, vn.hoso.storage.BlobStore.sha256Hex(b), b.length, b));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return ok;
  }

  static String mediaType(byte[] b) {
    if (b.length >= 5 && new String(b, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      return "application/pdf";
    }
    if (b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return "image/png";
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    return null;
  }

  /** An image whose end marker is missing: the upload was cut off or the file is damaged. */
  static boolean truncated(String type, byte[] b) {
    int from = Math.max(0, b.length - 1024);
    String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    return type.equals("image/png") ? !tail.contains("IEND") : !tail.contains("\u00FF\u00D9");
  }

  private static String pdfProblem(byte[] b) {
    int from = Math.max(0, b.length - 2048);
    String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF") ? null : "tệp PDF bị cắt cụt hoặc hỏng (không có phần kết thúc).";
  }

  private static String imageProblem(byte[] b) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(b))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return "không đọc được ảnh.";
      }
      ImageReader r = readers.next();
      try {
        r.setInput(in, true, true);
        long px = (long) r.getWidth(0) * r.getHeight(0);
        if (px > MAX_PIXELS) {
          return "ảnh quá lớn (" + r.getWidth(0) + " × " + r.getHeight(0) + " điểm ảnh).";
        }
        if (px < 100 * 100) {
          return "ảnh quá nhỏ để đọc được.";
        }
      } finally {
        r.dispose();
      }
      return null;
    } catch (IOException | RuntimeException e) {
      return "ảnh bị hỏng, không đọc được kích thước.";
    }
  }

  static String safeName(String raw) {
    String n = Text.clean(raw);
    if (n == null) {
      return "tệp không tên";
    }
    n = n.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
    return n.length() > 120 ? n.substring(0, 120) : n;
  }
}
