package vn.hoso.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes a new, valid package from an existing bag, as a contractor re-delivering some pages would.
 */
final class BagEdit {

  private BagEdit() {}

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * Rewrites the manifest, Payload-Oxum and External-Identifier after payload files were changed.
   */
  static void reseal(Path bag, String externalId) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(bag.resolve("data"))) {
      files = all.filter(Files::isRegularFile).sorted().toList();
    }
    StringBuilder manifest = new StringBuilder();
    long bytes = 0;
    for (Path f : files) {
      manifest
          .append(sha256(Files.readAllBytes(f)))
          .append("  ")
          .append(bag.relativize(f).toString().replace('\\', '/'))
          .append('\n');
      bytes += Files.size(f);
    }
    Files.writeString(bag.resolve("manifest-sha256.txt"), manifest, StandardCharsets.UTF_8);
    Files.deleteIfExists(bag.resolve("tagmanifest-sha256.txt"));
    long total = bytes;
    String info =
        Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8).stream()
            .map(
                l ->
                    l.startsWith("Payload-Oxum:")
                        ? "Payload-Oxum: " + total + "." + files.size()
                        : l.startsWith("External-Identifier:")
                            ? "External-Identifier: " + externalId
                            : l)
            .collect(Collectors.joining("\n", "", "\n"));
    Files.writeString(bag.resolve("bag-info.txt"), info, StandardCharsets.UTF_8);
  }

  static Path zip(Path bag, Path zip) throws IOException {
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> all = Files.walk(bag)) {
      for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(
            new ZipEntry(
                bag.getFileName() + "/" + bag.relativize(p).toString().replace('\\', '/')));
        Files.copy(p, out);
        out.closeEntry();
      }
    }
    return zip;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
