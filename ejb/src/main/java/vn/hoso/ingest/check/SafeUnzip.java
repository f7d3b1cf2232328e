package vn.hoso.ingest.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.hoso.ingest.check.IngestProblem.Severity;

/**
 * Extracts a handover package sent as one .zip, refusing anything that could escape the target
 * directory or exhaust the disk. Every entry is judged from the central directory first (names,
 * links, encryption, duplicates, count), so a refused zip writes nothing; the bytes are then
 * streamed through a fixed buffer and counted as they really decompress, because the sizes in the
 * headers are whatever the sender wrote. On any refusal everything written is deleted.
 */
public final class SafeUnzip {

  private SafeUnzip() {}

  /**
   * The outcome of {@link #extract}.
   *
   * @param bagDir the bag directory inside the target directory, or null when refused
   * @param problems the findings: PACKAGE_REFUSED ones when refused, else only warnings
   */
  public record Result(Path bagDir, List<IngestProblem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean refused() {
      return bagDir == null;
    }
  }

  /** macOS Finder adds this folder of resource forks to every zip it makes; it is not the bag. */
  private static final String MACOS_JUNK = "__MACOSX/";

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  /**
   * Extracts {@code zip} into {@code targetDir}, which must not exist or be empty. The zip holds
   * the bag's directory as its only top-level folder, or the bag itself at its root (bagit.txt at
   * the top).
   *
   * @throws IOException only for failures of the target file system (disk full, permissions), which
   *     are not the package's fault; anything wrong with the zip is a refusal in the result
   */
  public static Result extract(Path zip, Path targetDir, IngestLimits limits) throws IOException {
    boolean targetExisted = Files.exists(targetDir, LinkOption.NOFOLLOW_LINKS);
    if (targetExisted) {
      if (!Files.isDirectory(targetDir, LinkOption.NOFOLLOW_LINKS)) {
        throw new IllegalArgumentException("target is not a directory: " + targetDir);
      }
      try (Stream<Path> s = Files.list(targetDir)) {
        if (s.findAny().isPresent()) {
          throw new IllegalArgumentException("target directory is not empty: " + targetDir);
        }
      }
    }
    Problems problems = new Problems();
    List<ZipDirectory.Entry> entries;
    try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
      entries = ZipDirectory.read(ch, limits.maxZipEntries());
    } catch (ZipDirectory.TooManyEntriesException e) {
      problems.pkg(Msg.ZIP_ENTRIES, e.count, limits.maxZipEntries());
      return new Result(null, problems.list());
    } catch (ZipDirectory.BadZipException e) {
      problems.pkg(Msg.ZIP_UNREADABLE, e.getMessage());
      return new Result(null, problems.list());
    } catch (IOException e) {
      problems.pkg(Msg.ZIP_UNREADABLE, "tệp bị cắt cụt hoặc hỏng");
      return new Result(null, problems.list());
    }
    if (entries.isEmpty()) {
      problems.pkg(Msg.ZIP_EMPTY);
      return new Result(null, problems.list());
    }

    String root = judge(entries, limits, problems);
    if (problems.packageRefused()) {
      return new Result(null, problems.list());
    }

    Path target = targetDir.toAbsolutePath().normalize();
    Files.createDirectories(target);
    boolean ok = false;
    try {
      ok = copyAll(zip, entries, target, limits, problems);
      if (!ok) {
        return new Result(null, problems.list());
      }
      Path bagDir = root.isEmpty() ? target : target.resolve(root);
      return new Result(bagDir, problems.list());
    } finally {
      if (!ok) {
        deleteContents(target, !targetExisted);
      }
    }
  }

  /**
   * Checks every entry from the central directory alone and finds the bag's root folder ("" when
   * bagit.txt is at the top). Adds PACKAGE_REFUSED problems for anything unsafe.
   */
  private static String judge(
      List<ZipDirectory.Entry> entries, IngestLimits limits, Problems problems) {
    Set<String> seen = new HashSet<>();
    Set<String> topLevel = new LinkedHashSet<>();
    boolean topLevelFile = false;
    boolean bagitAtRoot = false;
    boolean macJunk = false;
    long declared = 0;
    for (ZipDirectory.Entry e : entries) {
      String name = e.name();
      String unsafe = unsafeReason(name);
      if (unsafe != null) {
        problems.pkgFile(Msg.ZIP_SLIP, name, unsafe);
        continue;
      }
      if (e.isLinkOrSpecial()) {
        problems.pkgFile(Msg.ZIP_LINK, name);
      }
      if (e.isEncrypted()) {
        problems.pkgFile(Msg.ZIP_ENCRYPTED, name);
      } else if (!e.isDirectory()
          && e.method() != ZipEntry.STORED
          && e.method() != ZipEntry.DEFLATED) {
        problems.pkgFile(Msg.ZIP_CORRUPT, name, "kiểu nén số " + e.method() + " không được hỗ trợ");
      }
      // Names equal once the trailing slash is dropped and NFC applied would land on the same
      // file (or collide when the bag is indexed by NFC path), so they count as duplicates.
      String key = Normalizer.normalize(stripSlash(name), Normalizer.Form.NFC);
      if (!seen.add(key)) {
        problems.pkgFile(Msg.ZIP_DUPLICATE, name);
      }
      if (name.startsWith(MACOS_JUNK)) {
        macJunk = true;
        continue;
      }
      int slash = name.indexOf('/');
      if (slash < 0) {
        topLevelFile = true;
        bagitAtRoot |= name.equals("bagit.txt");
      } else {
        topLevel.add(name.substring(0, slash));
      }
      if (!e.isDirectory() && e.size() > 0) {
        declared += e.size();
      }
    }
    if (problems.packageRefused()) {
      return null;
    }
    // The headers may lie in either direction, so the real bytes are counted again while
    // copying; refusing early on the declared sizes only saves writing most of a bomb.
    if (declared > limits.maxZipExpandedBytes()) {
      problems.pkg(Msg.ZIP_SIZE, limits.maxZipExpandedBytes());
      return null;
    }
    String root;
    if (bagitAtRoot) {
      root = "";
    } else if (!topLevelFile && topLevel.size() == 1) {
      root = topLevel.iterator().next();
    } else {
      problems.pkg(Msg.ZIP_LAYOUT);
      return null;
    }
    if (macJunk) {
      problems.add(Severity.WARNING, Msg.ZIP_IGNORED, MACOS_JUNK, null, null, null);
    }
    return root;
  }

  /** Why a name could land outside the target directory, or null if it is safe. */
  static String unsafeReason(String name) {
    if (name.isEmpty()) {
      return "tên rỗng";
    }
    if (name.indexOf('\\') >= 0) {
      return "có dấu “\\”";
    }
    if (name.startsWith("/")) {
      return "là đường dẫn tuyệt đối";
    }
    if (DRIVE.matcher(name).matches()) {
      return "có ký hiệu ổ đĩa";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7F || c == ':') {
        return c == ':' ? "có dấu “:”" : "có ký tự điều khiển";
      }
    }
    String[] segments = stripSlash(name).split("/", -1);
    for (String s : segments) {
      if (s.equals("..")) {
        return "có “..”";
      }
      if (s.isEmpty() || s.equals(".")) {
        return "có thành phần rỗng hoặc “.”";
      }
    }
    return null;
  }

  private static String stripSlash(String name) {
    return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
  }

  /** Streams every entry to disk; false (with problems added) if the zip had to be refused. */
  private static boolean copyAll(
      Path zip,
      List<ZipDirectory.Entry> entries,
      Path target,
      IngestLimits limits,
      Problems problems)
      throws IOException {
    ZipFile zf;
    try {
      zf = new ZipFile(zip.toFile());
    } catch (IOException e) {
      problems.pkg(Msg.ZIP_UNREADABLE, "không mở được tệp");
      return false;
    }
    try (zf) {
      if (zf.size() != entries.size()) {
        problems.pkg(Msg.ZIP_UNREADABLE, "mục lục tệp zip không nhất quán");
        return false;
      }
      Map<String, ZipEntry> byName = new HashMap<>();
      zf.stream().forEach(ze -> byName.put(ze.getName(), ze));
      byte[] buf = new byte[1 << 16];
      long total = 0;
      for (ZipDirectory.Entry e : entries) {
        if (e.name().startsWith(MACOS_JUNK)) {
          continue;
        }
        ZipEntry ze = byName.get(e.name());
        if (ze == null) {
          problems.pkg(Msg.ZIP_UNREADABLE, "mục lục tệp zip không nhất quán");
          return false;
        }
        Path out = target.resolve(e.name()).normalize();
        if (!out.startsWith(target) || out.equals(target)) {
          // unsafeReason() already refuses such names; this is a second lock on the same door.
          problems.pkgFile(Msg.ZIP_SLIP, e.name(), "ra ngoài thư mục giải nén");
          return false;
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        long written = 0;
        CRC32 crc = new CRC32();
        // CREATE_NEW never follows or replaces an existing path, so an entry cannot overwrite
        // another one or anything placed there by a file system trick.
        try (OutputStream os = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW);
            InputStream in = zf.getInputStream(ze)) {
          while (true) {
            int r;
            try {
              r = in.read(buf);
            } catch (IOException ex) {
              problems.pkgFile(Msg.ZIP_CORRUPT, e.name(), "dữ liệu nén bị hỏng");
              return false;
            }
            if (r < 0) {
              break;
            }
            written += r;
            total += r;
            if (total > limits.maxZipExpandedBytes()) {
              problems.pkg(Msg.ZIP_SIZE, limits.maxZipExpandedBytes());
              return false;
            }
            if (written > IngestLimits.COMPRESSION_RATIO_FLOOR
                && written / Math.max(1, e.compressedSize()) > limits.maxCompressionRatio()) {
              problems.pkgFile(Msg.ZIP_BOMB, e.name(), limits.maxCompressionRatio());
              return false;
            }
            if (written > e.size()) {
              problems.pkgFile(
                  Msg.ZIP_CORRUPT, e.name(), "dữ liệu dài hơn kích thước ghi trong mục lục");
              return false;
            }
            crc.update(buf, 0, r);
            os.write(buf, 0, r);
          }
        }
        if (written != e.size() || crc.getValue() != e.crc()) {
          problems.pkgFile(Msg.ZIP_CORRUPT, e.name(), "sai kích thước hoặc mã kiểm tra CRC");
          return false;
        }
      }
      return true;
    }
  }

  /** Deletes what was extracted (never following links: none were created). */
  private static void deleteContents(Path dir, boolean andDir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            if (andDir || !d.equals(dir)) {
              Files.delete(d);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
