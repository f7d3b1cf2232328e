package vn.hoso.ingest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.ingest.check.IngestProblem.Severity;

/** Valid and hostile zips: each refusal names the entry and leaves nothing in the target. */
class SafeUnzipTest {

  @TempDir Path tmp;

  private Path target() {
    return tmp.resolve("out");
  }

  private SafeUnzip.Result unzip(byte[] zip) throws IOException {
    return unzip(zip, IngestLimits.defaults());
  }

  private SafeUnzip.Result unzip(byte[] zip, IngestLimits limits) throws IOException {
    Path file = tmp.resolve("goi.zip");
    Files.write(file, zip);
    return SafeUnzip.extract(file, target(), limits);
  }

  private static List<String> codes(SafeUnzip.Result r) {
    return r.problems().stream().map(IngestProblem::code).toList();
  }

  /** Refused with exactly these codes, and nothing left on disk. */
  private void assertRefused(SafeUnzip.Result r, String... expected) {
    assertTrue(r.refused(), () -> r.problems().toString());
    assertNull(r.bagDir());
    assertEquals(List.of(expected), codes(r));
    r.problems().forEach(p -> assertEquals(Severity.PACKAGE_REFUSED, p.severity()));
    assertFalse(Files.exists(target()), "nothing left behind");
  }

  private static Map<String, byte[]> entries(String... nameThenText) {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      m.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return m;
  }

  private static IngestLimits limits(long maxBytes, int maxEntries, int maxRatio) {
    IngestLimits d = IngestLimits.defaults();
    return new IngestLimits(
        maxBytes,
        maxEntries,
        maxRatio,
        d.maxImagePixels(),
        d.maxPdfPages(),
        d.maxCsvBytes(),
        d.maxCsvCellChars(),
        d.maxCsvRows());
  }

  @Test
  void zipHoldingTheBagFolderExtractsAndChecksOut() throws IOException {
    Path bag = TestBags.valid().write(Files.createDirectories(tmp.resolve("src")));
    Path zip = TestBags.zip(bag, tmp.resolve("goi.zip"), true);
    SafeUnzip.Result r = SafeUnzip.extract(zip, target(), IngestLimits.defaults());

    assertFalse(r.refused(), () -> r.problems().toString());
    assertEquals(List.of(), r.problems());
    assertEquals(target().toAbsolutePath().resolve("bag"), r.bagDir());
    CheckedPackage checked =
        new PackageChecker().check(r.bagDir(), TestBags.UNITS, IngestLimits.defaults());
    assertEquals(List.of(), checked.problems());
    assertEquals(2, checked.dossiers().size());
  }

  @Test
  void zipWhoseRootIsTheBagIsAccepted() throws IOException {
    Path bag = TestBags.valid().write(Files.createDirectories(tmp.resolve("src")));
    Path zip = TestBags.zip(bag, tmp.resolve("goi.zip"), false);
    SafeUnzip.Result r = SafeUnzip.extract(zip, target(), IngestLimits.defaults());

    assertEquals(target().toAbsolutePath(), r.bagDir());
    assertTrue(Files.isRegularFile(r.bagDir().resolve("bagit.txt")));
  }

  @Test
  void macosResourceForkFolderIsSkippedWithAWarning() throws IOException {
    Path bag = TestBags.valid().write(Files.createDirectories(tmp.resolve("src")));
    Path zip = TestBags.zip(bag, tmp.resolve("goc.zip"), true);
    Map<String, byte[]> all = new LinkedHashMap<>();
    try (java.util.zip.ZipFile zf = new java.util.zip.ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zf.entries())) {
        all.put(e.getName(), zf.getInputStream(e).readAllBytes());
      }
    }
    all.put("__MACOSX/bag/._bagit.txt", new byte[] {0, 5, 22, 7});
    SafeUnzip.Result r = unzip(TestBags.zipOf(all));

    assertFalse(r.refused());
    assertEquals(List.of("zip.ignored"), codes(r));
    assertEquals(Severity.WARNING, r.problems().get(0).severity());
    assertFalse(Files.exists(target().resolve("__MACOSX")));
  }

  @Test
  void parentDirectoryEntryIsZipSlip() throws IOException {
    SafeUnzip.Result r =
        unzip(TestBags.zipOf(entries("bag/bagit.txt", "x", "bag/../../evil.txt", "pwned")));
    assertRefused(r, "zip.slip");
    assertEquals("bag/../../evil.txt", r.problems().get(0).file());
    assertFalse(Files.exists(tmp.getParent().resolve("evil.txt")));
  }

  @Test
  void absolutePathIsZipSlip() throws IOException {
    Path victim = tmp.resolve("victim.txt");
    SafeUnzip.Result r =
        unzip(TestBags.zipOf(entries("bag/bagit.txt", "x", victim.toString(), "pwned")));
    assertRefused(r, "zip.slip");
    assertFalse(Files.exists(victim));
  }

  @Test
  void backslashPathIsZipSlip() throws IOException {
    SafeUnzip.Result r =
        unzip(TestBags.zipOf(entries("bag/bagit.txt", "x", "bag\\..\\..\\evil.txt", "pwned")));
    assertRefused(r, "zip.slip");
    assertEquals("bag\\..\\..\\evil.txt", r.problems().get(0).file());
  }

  @Test
  void driveLetterIsZipSlip() throws IOException {
    SafeUnzip.Result r =
        unzip(TestBags.zipOf(entries("bag/bagit.txt", "x", "C:/Windows/evil.txt", "pwned")));
    assertRefused(r, "zip.slip");
  }

  @Test
  void symlinkEntryIsRefused() throws IOException {
    byte[] zip = TestBags.zipOf(entries("bag/bagit.txt", "x", "bag/data/link.pdf", "/etc/passwd"));
    // Unix host (3), st_mode 0120777 = symbolic link: what `zip --symlinks` writes.
    TestBags.patchEntry(zip, "bag/data/link.pdf", (3 << 8) | 30, 0120777L << 16, 0);
    SafeUnzip.Result r = unzip(zip);
    assertRefused(r, "zip.link");
    assertEquals("bag/data/link.pdf", r.problems().get(0).file());
  }

  @Test
  void regularUnixFileModeIsAccepted() throws IOException {
    byte[] zip = TestBags.zipOf(entries("bagit.txt", "x", "data/a.txt", "a"));
    TestBags.patchEntry(zip, "data/a.txt", (3 << 8) | 30, 0100644L << 16, 0);
    SafeUnzip.Result r = unzip(zip);
    assertFalse(r.refused(), () -> r.problems().toString());
    assertEquals("a", Files.readString(r.bagDir().resolve("data/a.txt")));
  }

  @Test
  void encryptedEntryIsRefused() throws IOException {
    byte[] zip = TestBags.zipOf(entries("bag/bagit.txt", "x", "bag/data/a.txt", "a"));
    TestBags.patchEntry(zip, "bag/data/a.txt", -1, 0, 0x1);
    SafeUnzip.Result r = unzip(zip);
    assertRefused(r, "zip.encrypted");
    assertEquals("bag/data/a.txt", r.problems().get(0).file());
  }

  @Test
  void duplicateEntryNamesAreRefused() throws IOException {
    byte[] zip =
        TestBags.zipOf(entries("bag/bagit.txt", "x", "bag/data/a.txt", "1", "bag/data/b.txt", "2"));
    TestBags.replaceBytes(zip, "bag/data/b.txt", "bag/data/a.txt");
    SafeUnzip.Result r = unzip(zip);
    assertRefused(r, "zip.duplicate");
    assertEquals("bag/data/a.txt", r.problems().get(0).file());
  }

  /** A highly compressible entry: 16 MiB of zeros deflate to about 16 KiB (1000:1). */
  @Test
  void zipBombEntryIsRefusedWhileStreaming() throws IOException {
    Path file = tmp.resolve("bom.zip");
    try (OutputStream os = Files.newOutputStream(file);
        ZipOutputStream zos = new ZipOutputStream(os)) {
      zos.putNextEntry(new ZipEntry("bag/bagit.txt"));
      zos.write("x".getBytes(StandardCharsets.UTF_8));
      zos.putNextEntry(new ZipEntry("bag/data/zeros.tif"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 16; i++) {
        zos.write(zeros);
      }
      zos.closeEntry();
    }
    assertTrue(Files.size(file) < 100_000);
    SafeUnzip.Result r = SafeUnzip.extract(file, target(), limits(1L << 30, 100, 100));
    assertRefused(r, "zip.bomb");
    assertEquals("bag/data/zeros.tif", r.problems().get(0).file());
  }

  @Test
  void expandedSizeOverTheLimitIsRefused() throws IOException {
    byte[] zip = TestBags.zipOf(entries("bag/bagit.txt", "x", "bag/data/a.txt", "a".repeat(5000)));
    SafeUnzip.Result r = unzip(zip, limits(4000, 100, 1000));
    assertRefused(r, "zip.size");
  }

  /**
   * The header claims 10 bytes; the entry inflates to 2 MiB. Real bytes are counted, so the lie is
   * caught while streaming and the partly written file is removed.
   */
  @Test
  void entryLargerThanItsHeaderSaysIsRefused() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("bag/bagit.txt", "x".getBytes(StandardCharsets.UTF_8));
    byte[] big = new byte[2 << 20];
    new java.util.Random(1).nextBytes(big);
    m.put("bag/data/big.bin", big);
    byte[] zip = TestBags.zipOf(m);
    patchCentralSize(zip, "bag/data/big.bin", 10);
    SafeUnzip.Result r = unzip(zip, limits(1L << 30, 100, 1000));
    assertRefused(r, "zip.corrupt");
    assertEquals("bag/data/big.bin", r.problems().get(0).file());
  }

  @Test
  void tooManyEntriesAreRefusedBeforeReadingThem() throws IOException {
    Map<String, byte[]> m = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      m.put("bag/data/" + i + ".txt", new byte[] {1});
    }
    SafeUnzip.Result r = unzip(TestBags.zipOf(m), limits(1L << 30, 5, 1000));
    assertRefused(r, "zip.entries");
  }

  @Test
  void twoTopLevelFoldersAreNotABag() throws IOException {
    SafeUnzip.Result r =
        unzip(TestBags.zipOf(entries("bag1/bagit.txt", "x", "bag2/bagit.txt", "x")));
    assertRefused(r, "zip.layout");
  }

  @Test
  void emptyZipIsRefused() throws IOException {
    SafeUnzip.Result r = unzip(TestBags.zipOf(Map.of()));
    assertRefused(r, "zip.empty");
  }

  @Test
  void fileThatIsNotAZipIsRefused() throws IOException {
    SafeUnzip.Result r = unzip("%PDF-1.7 không phải zip".getBytes(StandardCharsets.UTF_8));
    assertRefused(r, "zip.unreadable");
  }

  @Test
  void refusalInsideAnExistingEmptyTargetLeavesItEmpty() throws IOException {
    Files.createDirectories(target());
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("bag/bagit.txt", "x".getBytes(StandardCharsets.UTF_8));
    m.put("bag/data/a.txt", "a".repeat(3000).getBytes(StandardCharsets.UTF_8));
    m.put("bag/data/b.txt", "b".repeat(3000).getBytes(StandardCharsets.UTF_8));
    byte[] zip = TestBags.zipOf(m);
    // Declared sizes pass (header says 10 bytes); the real bytes exceed the 4000-byte limit
    // only after a.txt was written, so this exercises the clean-up of written files.
    patchCentralSize(zip, "bag/data/b.txt", 10);
    SafeUnzip.Result r = unzip(zip, limits(4000, 100, 1000));
    assertTrue(r.refused());
    assertTrue(Files.isDirectory(target()));
    try (var s = Files.list(target())) {
      assertEquals(0, s.count());
    }
  }

  /** Sets the uncompressed size in the central directory record of {@code name}. */
  private static void patchCentralSize(byte[] zip, String name, int size) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 + n.length <= zip.length; i++) {
      if (b.getInt(i) == 0x02014b50
          && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
        b.putInt(i + 24, size);
        return;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
