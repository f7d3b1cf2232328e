package vn.hoso.ingest.check;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds handover packages for tests: {@link #valid()} is a correct bag (one fonds, two dossiers,
 * three documents: PNG pages, a PDF with supplied OCR text, a TIFF and a JPEG page); a test changes
 * one thing in the model, then {@link #write} lays it out with a correct manifest, tag manifest and
 * Payload-Oxum (unless told otherwise).
 */
final class TestBags {

  /** Real unit codes: old commune 27169, old district 771, old province 79; new 27169, 00070. */
  static final UnitCatalog UNITS =
      new UnitCatalog() {
        @Override
        public boolean oldUnitExists(String level, String code) {
          return switch (level) {
            case "commune" -> code.equals("27169");
            case "district" -> code.equals("771");
            case "province" -> code.equals("79");
            default -> false;
          };
        }

        @Override
        public boolean newUnitExists(String code) {
          return code.equals("27169") || code.equals("00070");
        }
      };

  final Map<String, String> bagInfo = new LinkedHashMap<>();
  final List<Map<String, String>> fonds = new ArrayList<>();
  final List<Map<String, String>> dossiers = new ArrayList<>();
  final List<Map<String, String>> documents = new ArrayList<>();

  /** Payload files other than the three CSVs, by bag-relative path. */
  final Map<String, byte[]> files = new TreeMap<>();

  /** Raw bytes replacing a rendered CSV, by bag-relative path ("data/dossiers.csv"). */
  final Map<String, byte[]> rawCsv = new LinkedHashMap<>();

  /** CSV files left out of the payload ("data/documents.csv"). */
  final Set<String> omit = new LinkedHashSet<>();

  String bagitTxt = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

  /** Written into bag-info.txt when bagInfo has no Payload-Oxum of its own. */
  boolean computeOxum = true;

  /** When false the payload manifest is manifest-md5.txt instead of manifest-sha256.txt. */
  boolean sha256Manifest = true;

  boolean tagManifest = true;

  static final String PNG1 = "data/files/HS-001/VB-001/0001.png";
  static final String PNG2 = "data/files/HS-001/VB-001/0002.png";
  static final String PDF = "data/files/HS-001/VB-002.pdf";
  static final String TXT = "data/files/HS-001/VB-002.txt";
  static final String TIF = "data/files/HS-002/VB-003/0001.tif";
  static final String JPG = "data/files/HS-002/VB-003/0002.jpg";

  static TestBags valid() {
    TestBags b = new TestBags();
    b.bagInfo.put("Source-Organization", "UBND Phường 14, Quận 10");
    b.bagInfo.put("Bagging-Date", "2025-07-15");
    b.bagInfo.put("External-Identifier", "BG-2025-0001");
    b.bagInfo.put("Hoso-Origin-Unit", "commune:27169");
    b.bagInfo.put("Hoso-Receiving-Unit", "27169");
    b.bagInfo.put("Hoso-Package-Version", "1");

    b.fonds.add(
        row(
            "fonds_code", "P-27169",
            "fonds_name", "UBND Phường 14, Quận 10",
            "origin_unit", "commune:27169",
            "start_year", "1976",
            "end_year", "2025",
            "closed", "true",
            "notes", ""));

    b.dossiers.add(
        row(
            "dossier_code", "HS-001",
            "fonds_code", "P-27169",
            "catalog_no", "1",
            "box_no", "3",
            "file_no", "12",
            "title", "Hồ sơ đăng ký khai sinh năm 2024",
            "retention", "permanent",
            "access", "restricted",
            "language", "vi",
            "start_date", "2024-01-02",
            "end_date", "2024-12-28",
            "document_count", "2",
            "sheet_count", "3",
            "page_count", "4",
            "physical_condition", "Tốt",
            "keywords", "khai sinh; hộ tịch",
            "notes", ""));
    b.dossiers.add(
        row(
            "dossier_code", "HS-002",
            "fonds_code", "P-27169",
            "catalog_no", "1",
            "box_no", "4",
            "file_no", "7",
            "title", "Hồ sơ cấp giấy chứng nhận đăng ký hộ kinh doanh, Nguyễn Thị Bình",
            "retention", "20",
            "access", "public",
            "language", "",
            "start_date", "2023-03-01",
            "end_date", "2023-03-15",
            "document_count", "1",
            "sheet_count", "",
            "page_count", "2",
            "physical_condition", "",
            "keywords", "",
            "notes", "Có một trang bị ố"));

    b.documents.add(
        row(
            "document_code", "VB-001",
            "dossier_code", "HS-001",
            "ordinal", "1",
            "kind", "civil_status",
            "type_name", "Giấy khai sinh",
            "number", "12",
            "notation", "",
            "issued_date", "2024-01-02",
            "issuing_organ", "UBND Phường 14, Quận 10",
            "summary", "Đăng ký khai sinh cho Nguyễn Văn An",
            "page_count", "2",
            "subject_ids", "079204001234",
            "subject_names", "Nguyễn Văn An",
            "subject_birth_dates", "2023-12-25",
            "business_codes", "",
            "access", "",
            "autograph", "false",
            "notes", ""));
    b.documents.add(
        row(
            "document_code", "VB-002",
            "dossier_code", "HS-001",
            "ordinal", "2",
            "kind", "decision",
            "type_name", "Quyết định",
            "number", "125",
            "notation", "125/QĐ-UBND",
            "issued_date", "2024-12-28",
            "issuing_organ", "UBND Quận 10",
            "summary", "Quyết định về việc cải chính hộ tịch",
            "page_count", "2",
            "subject_ids", "",
            "subject_names", "",
            "subject_birth_dates", "",
            "business_codes", "",
            "access", "confidential",
            "autograph", "true",
            "notes", ""));
    b.documents.add(
        row(
            "document_code", "VB-003",
            "dossier_code", "HS-002",
            "ordinal", "1",
            "kind", "business_registration",
            "type_name", "Giấy chứng nhận đăng ký hộ kinh doanh",
            "number", "41A8012345",
            "notation", "",
            "issued_date", "2023-03-10",
            "issuing_organ", "UBND Quận 10",
            "summary", "Cấp giấy chứng nhận đăng ký hộ kinh doanh cho bà Trần Thị Bình",
            "page_count", "2",
            "subject_ids", "079204001234;025123456",
            "subject_names", "Trần Thị Bình;Lê Văn Cường",
            "subject_birth_dates", "1980-05-01;",
            "business_codes", "41A8012345",
            "access", "",
            "autograph", "",
            "notes", ""));

    b.files.put(PNG1, png(40, 30));
    b.files.put(PNG2, png(42, 31));
    b.files.put(PDF, pdf("Quyet dinh so 125/QD-UBND", null));
    b.files.put(TXT, "Quyết định số 125/QĐ-UBND\fTrang hai\f".getBytes(StandardCharsets.UTF_8));
    b.files.put(TIF, image("tiff", 50, 40));
    b.files.put(JPG, image("jpeg", 52, 41));
    return b;
  }

  static Map<String, String> row(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The dossiers.csv row with this code. */
  Map<String, String> dossier(String code) {
    return dossiers.stream().filter(r -> code.equals(r.get("dossier_code"))).findFirst().get();
  }

  /** The documents.csv row with this code. */
  Map<String, String> document(String code) {
    return documents.stream().filter(r -> code.equals(r.get("document_code"))).findFirst().get();
  }

  /** Writes the bag into {@code parent/bag} and returns that directory. */
  Path write(Path parent) throws IOException {
    Path bag = parent.resolve("bag");
    Files.createDirectories(bag.resolve("data"));
    Map<String, byte[]> payload = new TreeMap<>(files);
    putCsv(payload, "data/fonds.csv", fonds);
    putCsv(payload, "data/dossiers.csv", dossiers);
    putCsv(payload, "data/documents.csv", documents);
    payload.putAll(rawCsv);
    omit.forEach(payload::remove);
    long bytes = 0;
    StringBuilder manifest = new StringBuilder();
    for (Map.Entry<String, byte[]> e : payload.entrySet()) {
      Path p = bag.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, e.getValue());
      bytes += e.getValue().length;
      manifest
          .append(hex(sha256Manifest ? "SHA-256" : "MD5", e.getValue()))
          .append("  ")
          .append(e.getKey())
          .append('\n');
    }
    Files.writeString(bag.resolve("bagit.txt"), bagitTxt);
    StringBuilder info = new StringBuilder();
    bagInfo.forEach((k, v) -> info.append(k).append(": ").append(v).append('\n'));
    if (computeOxum && !bagInfo.containsKey("Payload-Oxum")) {
      info.append("Payload-Oxum: ").append(bytes).append('.').append(payload.size()).append('\n');
    }
    Files.writeString(bag.resolve("bag-info.txt"), info.toString());
    String manifestName = sha256Manifest ? "manifest-sha256.txt" : "manifest-md5.txt";
    Files.writeString(bag.resolve(manifestName), manifest.toString());
    if (tagManifest) {
      StringBuilder tags = new StringBuilder();
      for (String t : List.of("bagit.txt", "bag-info.txt", manifestName)) {
        tags.append(hex("SHA-256", Files.readAllBytes(bag.resolve(t))))
            .append("  ")
            .append(t)
            .append('\n');
      }
      Files.writeString(bag.resolve("tagmanifest-sha256.txt"), tags.toString());
    }
    return bag;
  }

  private static void putCsv(
      Map<String, byte[]> payload, String name, List<Map<String, String>> rows) {
    payload.put(name, csv(rows).getBytes(StandardCharsets.UTF_8));
  }

  /** RFC 4180 text: the header is every key in first-seen order; CRLF line ends. */
  static String csv(List<Map<String, String>> rows) {
    Set<String> header = new LinkedHashSet<>();
    rows.forEach(r -> header.addAll(r.keySet()));
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", header.stream().map(TestBags::quote).toList())).append("\r\n");
    for (Map<String, String> r : rows) {
      sb.append(String.join(",", header.stream().map(h -> quote(r.getOrDefault(h, ""))).toList()))
          .append("\r\n");
    }
    return sb.toString();
  }

  private static String quote(String v) {
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- content -----------------------------------------------------------------------------------

  static byte[] png(int w, int h) {
    return image("png", w, h);
  }

  static byte[] image(String format, int w, int h) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.BLACK);
    // Lines and boxes only: drawing text would need system fonts, which a headless CI may lack.
    g.drawLine(2, 2, w - 3, h - 3);
    g.fillRect(w / 4, h / 4, w / 4, h / 4);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A two-page PDF: page 1 has a text layer, page 2 is blank. {@code xmp}, when given, becomes the
   * document's XMP metadata stream, byte for byte.
   */
  static byte[] pdf(String text, byte[] xmp) {
    try (PDDocument doc = new PDDocument()) {
      PDPage p1 = new PDPage();
      doc.addPage(p1);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 700);
        cs.showText(text);
        cs.endText();
      }
      doc.addPage(new PDPage());
      if (xmp != null) {
        org.apache.pdfbox.pdmodel.common.PDMetadata md =
            new org.apache.pdfbox.pdmodel.common.PDMetadata(doc);
        md.importXMPMetadata(xmp);
        doc.getDocumentCatalog().setMetadata(md);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A valid PNG signature and IHDR claiming a w×h image, in a few dozen bytes. */
  static byte[] pngHeaderOnly(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    ByteBuffer len = ByteBuffer.allocate(4).putInt(data.length);
    out.writeBytes(len.array());
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  // --- zips --------------------------------------------------------------------------------------

  /**
   * Zips a bag directory; with {@code topFolder} the entries are "bag/...", otherwise the bag's
   * content is at the zip's root.
   */
  static Path zip(Path bagDir, Path zipFile, boolean topFolder) throws IOException {
    String prefix = topFolder ? bagDir.getFileName() + "/" : "";
    try (OutputStream os = Files.newOutputStream(zipFile);
        ZipOutputStream zos = new ZipOutputStream(os);
        Stream<Path> walk = Files.walk(bagDir)) {
      for (Path p : walk.sorted().toList()) {
        String rel = bagDir.relativize(p).toString().replace('\\', '/');
        if (rel.isEmpty()) {
          if (topFolder) {
            zos.putNextEntry(new ZipEntry(prefix));
            zos.closeEntry();
          }
          continue;
        }
        if (Files.isDirectory(p)) {
          zos.putNextEntry(new ZipEntry(prefix + rel + "/"));
        } else {
          zos.putNextEntry(new ZipEntry(prefix + rel));
          zos.write(Files.readAllBytes(p));
        }
        zos.closeEntry();
      }
    }
    return zipFile;
  }

  /** A zip of the given entries (name to content; a name ending in "/" is a folder). */
  static byte[] zipOf(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zos = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zos.putNextEntry(new ZipEntry(e.getKey()));
        zos.write(e.getValue());
        zos.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /**
   * Rewrites the central directory record of {@code name}: "version made by" and the external
   * attributes (ZipOutputStream cannot set them), and ORs {@code flags} into the general purpose
   * flags of both the central and the local header.
   */
  static byte[] patchEntry(byte[] zip, String name, int madeBy, long external, int flags) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    boolean found = false;
    for (int i = 0; i + 46 + n.length <= zip.length; i++) {
      int sig = b.getInt(i);
      if (sig == 0x02014b50
          && matches(zip, i + 46, n)
          && (b.getShort(i + 28) & 0xFFFF) == n.length) {
        if (madeBy >= 0) {
          b.putShort(i + 4, (short) madeBy);
          b.putInt(i + 38, (int) external);
        }
        b.putShort(i + 8, (short) (b.getShort(i + 8) | flags));
        found = true;
      } else if (sig == 0x04034b50
          && i + 30 + n.length <= zip.length
          && matches(zip, i + 30, n)
          && (b.getShort(i + 26) & 0xFFFF) == n.length) {
        b.putShort(i + 6, (short) (b.getShort(i + 6) | flags));
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no entry " + name);
    }
    return zip;
  }

  /** Replaces every occurrence of one byte string by another of the same length. */
  static byte[] replaceBytes(byte[] data, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    if (f.length != t.length) {
      throw new IllegalArgumentException("lengths differ");
    }
    for (int i = 0; i + f.length <= data.length; i++) {
      if (matches(data, i, f)) {
        System.arraycopy(t, 0, data, i, t.length);
      }
    }
    return data;
  }

  private static boolean matches(byte[] data, int at, byte[] what) {
    for (int j = 0; j < what.length; j++) {
      if (data[at + j] != what[j]) {
        return false;
      }
    }
    return true;
  }
}
