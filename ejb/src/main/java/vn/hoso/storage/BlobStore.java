package vn.hoso.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files kept by content: a file's path is its SHA-256 ({@code ab/cd/abcd…}), so the same scan
 * received twice is stored once.
 *
 * <p>A file is written to a temporary name, forced to disk, then renamed into place (atomic on one
 * file system), and the directory is forced too. The database row that points at it is committed
 * only after {@link #put} returns, so after a crash there may be a file no row points at (harmless,
 * and collectable), never a row without its file.
 */
public final class BlobStore {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Path root;

  public BlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.root.resolve("tmp"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the blob store at " + this.root, e);
    }
  }

  /**
   * What {@link #put} stored: the digest, the size, and whether the store already held these bytes.
   */
  public record Stored(String sha256, long size, boolean alreadyPresent) {}

  /**
   * Stores a stream's bytes; returns their digest. The stream is read to its end but not closed.
   */
  public Stored put(InputStream in) throws IOException {
    Path tmp = Files.createTempFile(root.resolve("tmp"), "put-", ".part");
    try {
      MessageDigest sha = sha256();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
        size = in.transferTo(out);
      }
      String digest = HexFormat.of().formatHex(sha.digest());
      Path target = path(digest);
      if (Files.exists(target)) {
        return new Stored(digest, size, true);
      }
      force(tmp);
      Files.createDirectories(target.getParent());
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("The blob store needs a file system with atomic rename: " + root, e);
      }
      forceDirectory(target.getParent());
      return new Stored(digest, size, false);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Stores a file's bytes (the file itself is left where it is). */
  public Stored put(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return put(in);
    }
  }

  public boolean contains(String sha256) {
    return valid(sha256) && Files.isRegularFile(path(sha256));
  }

  /** The stored file for a digest, if present. */
  public Optional<Path> find(String sha256) {
    return contains(sha256) ? Optional.of(path(sha256)) : Optional.empty();
  }

  public InputStream open(String sha256) throws IOException {
    return Files.newInputStream(
        find(sha256).orElseThrow(() -> new IOException("No blob " + sha256)));
  }

  Path path(String sha256) {
    if (!valid(sha256)) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  private static boolean valid(String sha256) {
    return sha256 != null && SHA256.matcher(sha256).matches();
  }

  private static void force(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some file systems cannot open a directory for syncing; the rename itself is still atomic.
    }
  }

  /** The content address of {@code bytes}: SHA-256 in lowercase hex, as the store names files. */
  public static String sha256Hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
