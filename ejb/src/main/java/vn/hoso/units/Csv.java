package vn.hoso.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict RFC 4180 reader: comma separated, fields optionally in double quotes, a doubled
 * quote inside quotes is one quote, records end with CRLF, LF or CR, a UTF-8 byte order mark is
 * skipped, blank lines are ignored. Every value is returned in NFC. Anything else (bad UTF-8, a
 * stray quote, an unterminated quote, a wrong number of fields, a missing column) fails with an
 * {@link IllegalArgumentException} naming the file, line and column.
 */
final class Csv {

  private Csv() {}

  /** One data record; {@code line} is the line it starts on (the header is line 1). */
  static final class Row {
    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] values;

    private Row(String file, int line, Map<String, Integer> columns, String[] values) {
      this.file = file;
      this.line = line;
      this.columns = columns;
      this.values = values;
    }

    int line() {
      return line;
    }

    /** The value of a column named in the header, trimmed. */
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null) {
        throw new IllegalArgumentException(file + ": no column '" + column + "'");
      }
      return values[i].strip();
    }

    /** An error about one value of this row, naming the file, line and column. */
    IllegalArgumentException error(String column, String message) {
      Integer i = columns.get(column);
      return new IllegalArgumentException(
          file
              + " line "
              + line
              + " column "
              + (i == null ? "?" : i + 1)
              + " ("
              + column
              + "): "
              + message);
    }
  }

  /** Reads the whole stream (and closes it). */
  static List<Row> read(String file, InputStream in, String... requiredColumns) {
    String text;
    try (InputStream is = in) {
      text = decode(file, is.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    List<String[]> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(file, text, records, lines);
    if (records.isEmpty()) {
      throw new IllegalArgumentException(file + " line 1: empty file, no header");
    }
    String[] header = records.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      if (columns.putIfAbsent(header[i].strip(), i) != null) {
        throw new IllegalArgumentException(
            file + " line 1 column " + (i + 1) + ": duplicate column '" + header[i] + "'");
      }
    }
    for (String c : requiredColumns) {
      if (!columns.containsKey(c)) {
        throw new IllegalArgumentException(
            file + " line 1: missing column '" + c + "' (header " + Arrays.toString(header) + ")");
      }
    }
    List<Row> rows = new ArrayList<>(records.size() - 1);
    for (int r = 1; r < records.size(); r++) {
      String[] values = records.get(r);
      int line = lines.get(r);
      if (values.length != header.length) {
        throw new IllegalArgumentException(
            file
                + " line "
                + line
                + " column "
                + (Math.min(values.length, header.length) + 1)
                + ": expected "
                + header.length
                + " fields, found "
                + values.length);
      }
      rows.add(new Row(file, line, columns, values));
    }
    return rows;
  }

  private static String decode(String file, byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      int bad = in.position();
      int line = 1;
      int col = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;
        }
      }
      throw new IllegalArgumentException(
          file
              + " line "
              + line
              + " column "
              + col
              + ": invalid UTF-8 byte 0x"
              + Integer.toHexString(bytes[bad] & 0xFF));
    }
    decoder.flush(out);
    out.flip();
    String s = out.toString();
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static void parse(String file, String s, List<String[]> records, List<Integer> lines) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int col = 1;
    int recordLine = 1;
    boolean inRecord = false; // something of the current record was read
    boolean quoted = false; // the current field was quoted and is closed
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c == ',' || c == '\n' || c == '\r') {
        if (c == ',' || inRecord) {
          if (!inRecord) {
            recordLine = line;
          }
          fields.add(value(field));
          quoted = false;
          inRecord = c == ',';
          if (c != ',') {
            records.add(fields.toArray(new String[0]));
            lines.add(recordLine);
            fields.clear();
          }
        } // else: a blank line
        if (c == ',') {
          i++;
          col++;
        } else {
          i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          col = 1;
        }
        continue;
      }
      if (quoted) {
        throw new IllegalArgumentException(
            file
                + " line "
                + line
                + " column "
                + col
                + ": unexpected character after closing quote");
      }
      if (!inRecord) {
        recordLine = line;
        inRecord = true;
      }
      if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException(
              file + " line " + line + " column " + col + ": quote inside an unquoted field");
        }
        int qLine = line;
        int qCol = col;
        i++;
        col++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException(
                file + " line " + qLine + " column " + qCol + ": quoted field is never closed");
          }
          char d = s.charAt(i);
          if (d == '"') {
            i++;
            col++;
            if (i < n && s.charAt(i) == '"') {
              field.append('"');
              i++;
              col++;
              continue;
            }
            quoted = true;
            break;
          }
          if (d == '\n' || d == '\r' && !(i + 1 < n && s.charAt(i + 1) == '\n')) {
            line++;
            col = 1;
          } else {
            col++;
          }
          field.append(d);
          i++;
        }
        continue;
      }
      field.append(c);
      i++;
      col++;
    }
    if (inRecord) {
      fields.add(value(field));
      records.add(fields.toArray(new String[0]));
      lines.add(recordLine);
    }
  }

  private static String value(StringBuilder field) {
    String v = field.toString();
    field.setLength(0);
    return Normalizer.isNormalized(v, Normalizer.Form.NFC)
        ? v
        : Normalizer.normalize(v, Normalizer.Form.NFC);
  }
}
