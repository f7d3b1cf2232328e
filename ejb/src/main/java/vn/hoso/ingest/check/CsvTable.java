package vn.hoso.ingest.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.hoso.ingest.check.IngestProblem.Severity;

/**
 * One CSV file of the package, read with commons-csv (RFC 4180) after strict UTF-8 decoding, with
 * the header checked. Values are NFC-normalised and stripped. Any problem found here concerns the
 * whole file and refuses the package; row-level checks are left to {@link RecordCheck}.
 */
final class CsvTable {

  /** One data row. */
  static final class Row {
    final int number;
    final String[] values;
    private final Map<String, Integer> index;

    Row(int number, String[] values, Map<String, Integer> index) {
      this.number = number;
      this.values = values;
      this.index = index;
    }

    /** The NFC, stripped value, or "" when the column is absent or the row too short. */
    String get(String column) {
      Integer i = index.get(column);
      return i == null || i >= values.length ? "" : values[i];
    }
  }

  final String file;
  final List<String> header;
  final List<Row> rows;

  private CsvTable(String file, List<String> header, List<Row> rows) {
    this.file = file;
    this.header = header;
    this.rows = rows;
  }

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  /**
   * Reads {@code data/<name>}; returns null after adding PACKAGE_REFUSED problems when the file is
   * missing, too big, not UTF-8, not parseable, or lacks a required column. Unknown columns give
   * warnings.
   */
  static CsvTable read(
      Path bagDir,
      String name,
      Collection<String> required,
      Set<String> known,
      IngestLimits limits,
      Problems problems) {
    String file = "data/" + name;
    Path path = bagDir.resolve(file);
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      problems.pkgFile(Msg.CSV_FILE_MISSING, file);
      return null;
    }
    byte[] bytes;
    try {
      long size = Files.size(path);
      if (size > limits.maxCsvBytes()) {
        problems.pkgFile(Msg.CSV_FILE_SIZE, file, size, limits.maxCsvBytes());
        return null;
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.pkgFile(Msg.BAG_UNREADABLE, file, "không đọc được tệp");
      return null;
    }
    Values.Decoded decoded = Values.utf8(bytes);
    if (!decoded.ok()) {
      // A file in another encoding is wrong throughout, not in one row: the package is refused
      // and the first bad byte is located for the clerk (data row and byte offset).
      int row = dataRowAt(decoded.text());
      long offset = decoded.badByte() + (bytes.length > 2 && bytes[0] == (byte) 0xEF ? 3 : 0);
      problems.add(
          Severity.PACKAGE_REFUSED,
          Msg.CSV_ENCODING,
          file,
          row == 0 ? null : row,
          null,
          null,
          offset + 1);
      return null;
    }
    List<String> header = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int recordNo = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(decoded.text()), FORMAT)) {
      Iterator<CSVRecord> it = parser.iterator();
      while (it.hasNext()) {
        CSVRecord rec = it.next();
        if (recordNo == 0) {
          for (String h : rec) {
            header.add(clean(h));
          }
        } else {
          if (recordNo > limits.maxCsvRows()) {
            problems.pkgFile(Msg.CSV_ROWS, file, limits.maxCsvRows());
            return null;
          }
          String[] values = new String[rec.size()];
          for (int i = 0; i < values.length; i++) {
            String v = rec.get(i);
            // Oversized cells are kept whole (RecordCheck refuses their row) but not
            // normalised: NFC on 10 MB of text is work spent on a value about to be refused.
            values[i] = v.length() > limits.maxCsvCellChars() ? v : clean(v);
          }
          rows.add(new Row(recordNo, values, index));
        }
        recordNo++;
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      problems.add(
          Severity.PACKAGE_REFUSED,
          Msg.CSV_SYNTAX,
          file,
          recordNo == 0 ? null : recordNo,
          null,
          null,
          recordNo == 0 ? "ở dòng tiêu đề" : "thường do dấu ngoặc kép chưa đóng hoặc đặt sai chỗ");
      return null;
    }
    if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
      problems.pkgFile(Msg.CSV_HEADER, file, "tệp rỗng, không có dòng tiêu đề");
      return null;
    }
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (index.putIfAbsent(h, i) != null) {
        problems.add(
            Severity.PACKAGE_REFUSED,
            Msg.CSV_HEADER,
            file,
            null,
            h,
            null,
            "cột “" + Msg.show(h) + "” có hai lần");
        ok = false;
      }
    }
    for (String r : required) {
      if (!index.containsKey(r)) {
        problems.add(Severity.PACKAGE_REFUSED, Msg.CSV_COLUMN_MISSING, file, null, r, null, r);
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    for (String h : header) {
      if (!known.contains(h)) {
        problems.add(Severity.WARNING, Msg.CSV_COLUMN_UNKNOWN, file, null, h, null, Msg.show(h));
      }
    }
    return new CsvTable(file, List.copyOf(header), rows);
  }

  static String clean(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
  }

  /**
   * The data row (1-based; 0 for the header) in which the text ends, counting record breaks outside
   * double quotes the way RFC 4180 does.
   */
  private static int dataRowAt(String prefix) {
    int breaks = 0;
    boolean quoted = false;
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        breaks++;
      }
    }
    return breaks;
  }
}
