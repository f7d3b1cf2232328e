package vn.hoso.ingest.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The real type of a payload file, decided from its first bytes, never from its name. */
enum Sniff {
  PDF("application/pdf", "PDF", null),
  PNG("image/png", "ảnh PNG", "png"),
  JPEG("image/jpeg", "ảnh JPEG", "jpeg"),
  TIFF("image/tiff", "ảnh TIFF", "tiff"),
  UNKNOWN(null, "không xác định (không phải PDF, PNG, JPEG hay TIFF)", null);

  final String mediaType;
  final String label;

  /** The ImageIO format name, for images. */
  final String imageFormat;

  Sniff(String mediaType, String label, String imageFormat) {
    this.mediaType = mediaType;
    this.label = label;
    this.imageFormat = imageFormat;
  }

  boolean isImage() {
    return imageFormat != null;
  }

  /** The type a file name's extension promises, or null for an extension that is not allowed. */
  static Sniff fromExtension(String ext) {
    return switch (ext.toLowerCase(Locale.ROOT)) {
      case "pdf" -> PDF;
      case "png" -> PNG;
      case "jpg", "jpeg" -> JPEG;
      case "tif", "tiff" -> TIFF;
      default -> null;
    };
  }

  static Sniff of(Path file) throws IOException {
    byte[] head = new byte[1024];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 8
        && (head[0] & 0xFF) == 0x89
        && head[1] == 'P'
        && head[2] == 'N'
        && head[3] == 'G'
        && head[4] == 0x0D
        && head[5] == 0x0A
        && head[6] == 0x1A
        && head[7] == 0x0A) {
      return PNG;
    }
    if (n >= 3
        && (head[0] & 0xFF) == 0xFF
        && (head[1] & 0xFF) == 0xD8
        && (head[2] & 0xFF) == 0xFF) {
      return JPEG;
    }
    if (n >= 4
        && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
            || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
      return TIFF;
    }
    // PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000 implementation
    // note); some scanners write a few bytes before it.
    String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
    if (text.contains("%PDF-")) {
      return PDF;
    }
    return UNKNOWN;
  }
}
