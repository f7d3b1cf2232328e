package vn.hoso.ingest.check;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory by itself. java.util.zip does not expose what the safety checks
 * need: the external attributes (where Unix tools store the file mode, and so whether an entry is a
 * symbolic link), the host system that wrote them, and the general purpose flags (encryption). Only
 * the central directory is read, entry by entry through a small buffer, never the whole file.
 */
final class ZipDirectory {

  private ZipDirectory() {}

  /** Thrown when the file is not a zip we can read; the message is for the report. */
  static final class BadZipException extends Exception {
    private static final long serialVersionUID = 1L;

    BadZipException(String message) {
      super(message);
    }
  }

  /** Thrown when the directory announces more entries than allowed, before reading them. */
  static final class TooManyEntriesException extends Exception {
    private static final long serialVersionUID = 1L;
    final long count;

    TooManyEntriesException(long count) {
      super("too many entries: " + count);
      this.count = count;
    }
  }

  /** One central directory record. */
  record Entry(
      String name,
      int versionMadeBy,
      int flags,
      int method,
      long crc,
      long compressedSize,
      long size,
      long externalAttributes) {

    boolean isDirectory() {
      return name.endsWith("/");
    }

    /** Bit 0: traditional encryption; bit 6: strong encryption; method 99: WinZip AES. */
    boolean isEncrypted() {
      return (flags & 0x1) != 0 || (flags & 0x40) != 0 || method == 99;
    }

    /**
     * True for a symbolic link or any other non-regular file (device, FIFO, socket). Unix-made
     * entries (host 3, and 19 for old macOS tools) keep the st_mode in the high 16 bits of the
     * external attributes; Windows tools may set the reparse-point attribute (0x400) on links.
     */
    boolean isLinkOrSpecial() {
      int host = versionMadeBy >>> 8;
      if (host == 3 || host == 19) {
        int type = (int) ((externalAttributes >>> 16) & 0170000);
        return type != 0 && type != 0100000 && type != 0040000;
      }
      return (externalAttributes & 0x400) != 0;
    }
  }

  private static final int EOCD_SIG = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
  private static final int ZIP64_EOCD_SIG = 0x06064b50;
  private static final int CEN_SIG = 0x02014b50;

  static List<Entry> read(FileChannel ch, int maxEntries)
      throws IOException, BadZipException, TooManyEntriesException {
    long fileSize = ch.size();
    if (fileSize < 22) {
      throw new BadZipException("tệp quá ngắn, không phải tệp zip");
    }
    int tailLen = (int) Math.min(fileSize, 22 + 0xFFFF);
    ByteBuffer tail = readAt(ch, fileSize - tailLen, tailLen);
    int eocd = -1;
    for (int i = tailLen - 22; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIG && i + 22 + (tail.getShort(i + 20) & 0xFFFF) == tailLen) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw new BadZipException("không tìm thấy mục lục cuối tệp zip");
    }
    int disk = tail.getShort(eocd + 4) & 0xFFFF;
    int cdDisk = tail.getShort(eocd + 6) & 0xFFFF;
    long count = tail.getShort(eocd + 10) & 0xFFFF;
    long cdSize = tail.getInt(eocd + 12) & 0xFFFFFFFFL;
    long cdOffset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
    long eocdPos = fileSize - tailLen + eocd;
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
      if (eocdPos < 20) {
        throw new BadZipException("mục lục ZIP64 không hợp lệ");
      }
      ByteBuffer loc = readAt(ch, eocdPos - 20, 20);
      if (loc.getInt(0) != ZIP64_LOCATOR_SIG) {
        throw new BadZipException("mục lục ZIP64 không hợp lệ");
      }
      long z64 = loc.getLong(8);
      if (z64 < 0 || z64 + 56 > fileSize) {
        throw new BadZipException("mục lục ZIP64 không hợp lệ");
      }
      ByteBuffer z = readAt(ch, z64, 56);
      if (z.getInt(0) != ZIP64_EOCD_SIG) {
        throw new BadZipException("mục lục ZIP64 không hợp lệ");
      }
      disk = z.getInt(16);
      cdDisk = z.getInt(20);
      count = z.getLong(32);
      cdSize = z.getLong(40);
      cdOffset = z.getLong(48);
    }
    if (disk != 0 || cdDisk != 0) {
      throw new BadZipException("tệp zip chia nhiều phần không được hỗ trợ");
    }
    if (count < 0 || count > maxEntries) {
      throw new TooManyEntriesException(count);
    }
    if (cdOffset < 0 || cdSize < 0 || cdOffset + cdSize > eocdPos) {
      throw new BadZipException("mục lục tệp zip không hợp lệ");
    }
    List<Entry> entries = new ArrayList<>((int) count);
    ch.position(cdOffset);
    InputStream in = new BufferedInputStream(Channels.newInputStream(ch), 1 << 16);
    byte[] fixed = new byte[46];
    for (long n = 0; n < count; n++) {
      readFully(in, fixed);
      ByteBuffer h = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
      if (h.getInt(0) != CEN_SIG) {
        throw new BadZipException("mục lục tệp zip bị hỏng");
      }
      int madeBy = h.getShort(4) & 0xFFFF;
      int flags = h.getShort(8) & 0xFFFF;
      int method = h.getShort(10) & 0xFFFF;
      long crc = h.getInt(16) & 0xFFFFFFFFL;
      long csize = h.getInt(20) & 0xFFFFFFFFL;
      long size = h.getInt(24) & 0xFFFFFFFFL;
      int nameLen = h.getShort(28) & 0xFFFF;
      int extraLen = h.getShort(30) & 0xFFFF;
      int commentLen = h.getShort(32) & 0xFFFF;
      long external = h.getInt(38) & 0xFFFFFFFFL;
      byte[] nameBytes = new byte[nameLen];
      readFully(in, nameBytes);
      byte[] extra = new byte[extraLen];
      readFully(in, extra);
      skipFully(in, commentLen);
      if (csize == 0xFFFFFFFFL || size == 0xFFFFFFFFL) {
        long[] sizes = zip64Sizes(extra, size == 0xFFFFFFFFL, csize == 0xFFFFFFFFL);
        if (size == 0xFFFFFFFFL) {
          size = sizes[0];
        }
        if (csize == 0xFFFFFFFFL) {
          csize = sizes[1];
        }
      }
      entries.add(
          new Entry(decodeName(nameBytes), madeBy, flags, method, crc, csize, size, external));
    }
    return entries;
  }

  /**
   * Names must be UTF-8, as java.util.zip.ZipFile (which does the extraction) reads them; a name in
   * a legacy code page would otherwise be read differently by the two readers.
   */
  private static String decodeName(byte[] bytes) throws BadZipException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadZipException("tên tệp trong zip không phải mã UTF-8");
    }
  }

  private static long[] zip64Sizes(byte[] extra, boolean wantSize, boolean wantCsize)
      throws BadZipException {
    ByteBuffer b = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
    while (b.remaining() >= 4) {
      int id = b.getShort() & 0xFFFF;
      int len = b.getShort() & 0xFFFF;
      if (len > b.remaining()) {
        break;
      }
      if (id == 0x0001) {
        long[] out = {-1, -1};
        int end = b.position() + len;
        if (wantSize && b.position() + 8 <= end) {
          out[0] = b.getLong();
        }
        if (wantCsize && b.position() + 8 <= end) {
          out[1] = b.getLong();
        }
        if ((wantSize && out[0] < 0) || (wantCsize && out[1] < 0)) {
          break;
        }
        return out;
      }
      b.position(b.position() + len);
    }
    throw new BadZipException("thông tin ZIP64 của một mục bị thiếu");
  }

  private static ByteBuffer readAt(FileChannel ch, long pos, int len) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (ch.read(buf, pos + buf.position()) < 0) {
        throw new EOFException();
      }
    }
    buf.flip();
    return buf;
  }

  private static void readFully(InputStream in, byte[] b) throws IOException {
    int off = 0;
    while (off < b.length) {
      int r = in.read(b, off, b.length - off);
      if (r < 0) {
        throw new EOFException();
      }
      off += r;
    }
  }

  private static void skipFully(InputStream in, long n) throws IOException {
    while (n > 0) {
      long s = in.skip(n);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException();
        }
        s = 1;
      }
      n -= s;
    }
  }
}
