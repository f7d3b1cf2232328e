package vn.hoso.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the tag files of a BagIt bag (RFC 8493) by hand — the generator stands in for a
 * contractor's own tooling, and the portal checks the result with a BagIt library, so the two must
 * not share code.
 */
final class BagFiles {

  private BagFiles() {}

  /** Payload files under {@code data/}, as bag-relative paths with "/" separators, sorted. */
  static List<String> payload(Path bag) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(bag.resolve("data"))) {
      s.filter(Files::isRegularFile).forEach(p -> out.add(relative(bag, p)));
    }
    out.sort(null);
    return out;
  }

  static String relative(Path bag, Path p) {
    return bag.relativize(p).toString().replace('\\', '/');
  }

  static String sha256(Path p) throws IOException {
    MessageDigest md = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(p), md)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes bagit.txt, bag-info.txt (the given fields, then Payload-Oxum and Bag-Size computed from
   * the payload), manifest-sha256.txt and tagmanifest-sha256.txt. Returns the payload size in
   * bytes.
   */
  static long write(Path bag, Map<String, String> info) throws IOException {
    List<String> files = payload(bag);
    StringBuilder manifest = new StringBuilder();
    long bytes = 0;
    for (String f : files) {
      Path p = bag.resolve(f);
      bytes += Files.size(p);
      manifest.append(sha256(p)).append("  ").append(f).append('\n');
    }
    writeText(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    Map<String, String> fields = new LinkedHashMap<>(info);
    fields.put("Payload-Oxum", bytes + "." + files.size());
    fields.put("Bag-Size", humanSize(bytes));
    StringBuilder bi = new StringBuilder();
    fields.forEach((k, v) -> bi.append(k).append(": ").append(v).append('\n'));
    writeText(bag.resolve("bag-info.txt"), bi.toString());
    writeText(bag.resolve("manifest-sha256.txt"), manifest.toString());
    StringBuilder tags = new StringBuilder();
    for (String t : List.of("bag-info.txt", "bagit.txt", "manifest-sha256.txt")) {
      tags.append(sha256(bag.resolve(t))).append("  ").append(t).append('\n');
    }
    writeText(bag.resolve("tagmanifest-sha256.txt"), tags.toString());
    return bytes;
  }

  static void writeText(Path p, String s) throws IOException {
    Files.writeString(p, s, StandardCharsets.UTF_8);
  }

  /** "12.3 MB", as the Bag-Size field reads (informative only). */
  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  /**
   * Zips the bag as one top-level directory named like the bag, entries in a fixed order with a
   * fixed time (the bagging date), so that the same seed gives the same zip. Images and PDFs are
   * stored (already compressed), text is deflated.
   */
  static void zip(Path bag, Path zip, LocalDate date) throws IOException {
    String root = bag.getFileName().toString() + "/";
    List<String> entries = new ArrayList<>();
    for (String t :
        List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt")) {
      entries.add(t);
    }
    entries.addAll(payload(bag));
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String e : entries) {
        byte[] data = Files.readAllBytes(bag.resolve(e));
        ZipEntry z = new ZipEntry(root + e);
        z.setTimeLocal(date.atStartOfDay());
        boolean text = e.endsWith(".txt") || e.endsWith(".csv");
        if (!text) {
          CRC32 crc = new CRC32();
          crc.update(data);
          z.setMethod(ZipEntry.STORED);
          z.setSize(data.length);
          z.setCompressedSize(data.length);
          z.setCrc(crc.getValue());
        } else {
          z.setMethod(ZipEntry.DEFLATED);
        }
        out.putNextEntry(z);
        out.write(data);
        out.closeEntry();
      }
    }
  }

  /** Deletes a directory tree. */
  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
