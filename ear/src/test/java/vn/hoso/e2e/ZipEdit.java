package vn.hoso.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds broken copies of a zipped package, the way a damaged transfer or a careless edit would.
 */
final class ZipEdit {

  private ZipEdit() {}

  /**
   * Copies the zip, flipping one byte of the first file under data/files/ (its manifest entry
   * unchanged).
   */
  static void replaceFirstPayloadByte(Path from, Path to) throws IOException {
    boolean done = false;
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (!done
            && !e.isDirectory()
            && e.getName().contains("/data/files/")
            && bytes.length > 100) {
          bytes[bytes.length / 2] ^= 0x5A;
          done = true;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(bytes);
        out.closeEntry();
      }
    }
    if (!done) {
      throw new IOException("no payload file to change in " + from);
    }
  }
}
