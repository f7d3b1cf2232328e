package vn.hoso.ingest.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Small value parsers shared by the stages. */
final class Values {

  private Values() {}

  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** A strict YYYY-MM-DD date (2024-02-30 is refused), or null. */
  static LocalDate date(String s) {
    if (s == null || !DATE_SHAPE.matcher(s).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(s, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Decoded text, or the 0-based offset of the first byte that is not UTF-8. */
  record Decoded(String text, long badByte) {
    boolean ok() {
      return badByte < 0;
    }
  }

  /**
   * Decodes strictly as UTF-8 (a Windows-1258 or Latin-1 file is reported, not silently mangled
   * into replacement characters). A leading byte order mark is skipped but counted in offsets.
   */
  static Decoded utf8(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    out.flip();
    if (r.isError()) {
      return new Decoded(out.toString(), in.position());
    }
    return new Decoded(out.toString(), -1);
  }
}
