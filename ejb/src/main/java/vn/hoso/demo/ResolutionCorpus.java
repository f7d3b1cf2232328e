package vn.hoso.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real administrative prose for synthetic pages: resolutions of the National Assembly Standing
 * Committee (Nghị quyết … /NQ-UBTVQH15, 16 June 2025) that reorganised the communes of Hà Nội, TP.
 * Hồ Chí Minh and Huế, bundled under {@code /demo/corpus/} (collected by the dvhcvn project, MIT
 * licence beside them).
 *
 * <p>The files are pandoc Markdown converted from the published Word documents, and most of them
 * are in decomposed Unicode (NFD: "ệ" as "e" + two combining marks). This class turns them into
 * what a clerk would see on paper: NFC text without table borders, emphasis markers or backslash
 * escapes, the two-column header and signature tables read column by column.
 */
public final class ResolutionCorpus {

  /** Bundled resolutions, by the old province whose communes they reorganised. */
  static final Map<String, String> BY_OLD_PROVINCE =
      Map.of("01", "1656_NQ-UBTVQH15.md", "79", "1685_NQ-UBTVQH15.md", "46", "1675_NQ-UBTVQH15.md");

  private static final List<String> FILES =
      List.of("1656_NQ-UBTVQH15.md", "1675_NQ-UBTVQH15.md", "1685_NQ-UBTVQH15.md");

  private static final Pattern DASHES = Pattern.compile("-{3,}");

  private ResolutionCorpus() {}

  /** The bundled resolution files (names under {@code /demo/corpus/}). */
  public static List<String> files() {
    return FILES;
  }

  /**
   * A bundled resolution as plain NFC text: header, title, preamble, articles, recipients and
   * signature, paragraphs separated by a blank line.
   */
  public static String plainText(String file) {
    Resolution r = parse(file);
    StringBuilder out = new StringBuilder();
    r.headerLeft().forEach(l -> out.append(l).append('\n'));
    r.headerRight().forEach(l -> out.append(l).append('\n'));
    for (Paragraph p : r.body()) {
      out.append('\n').append(p.text()).append('\n');
    }
    out.append('\n');
    r.recipients().forEach(l -> out.append(l).append('\n'));
    r.signer().forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  /** A paragraph of the body; {@code text} may hold line breaks the source forced. */
  record Paragraph(String text, boolean bold, boolean italic, boolean centered) {}

  /**
   * A parsed resolution: the header columns (issuing body and number; motto and place/date), the
   * body, the "Nơi nhận" list and the signature column (empty lines = room for the signature).
   */
  record Resolution(
      String file,
      String number,
      String notation,
      List<String> headerLeft,
      List<String> headerRight,
      List<Paragraph> body,
      List<String> recipients,
      List<String> signer) {

    String title() {
      return body.stream()
          .filter(p -> p.text().startsWith("VỀ VIỆC"))
          .map(p -> p.text().replace('\n', ' '))
          .findFirst()
          .orElse("");
    }
  }

  static Resolution parse(String file) {
    String text = VietnameseText.nfc(read(file)).replace("\r\n", "\n").replace('\u00a0', ' ');
    List<String> lines = List.of(text.split("\n", -1));
    int i = 0;
    while (i < lines.size() && !isRule(lines.get(i))) {
      i++;
    }
    // Header: a pandoc "simple table" whose dashed lines give the column extents.
    int headerStart = i;
    int headerEnd = i + 1;
    while (headerEnd < lines.size() && !isRule(lines.get(headerEnd))) {
      headerEnd++;
    }
    List<List<String>> header = simpleTable(lines.subList(headerStart, headerEnd));
    // Signature: a pandoc "grid table" at the end.
    int gridStart = headerEnd + 1;
    while (gridStart < lines.size() && !lines.get(gridStart).startsWith("+-")) {
      gridStart++;
    }
    List<List<String>> signature = gridTable(lines.subList(gridStart, lines.size()));
    List<Paragraph> body = paragraphs(lines.subList(headerEnd + 1, gridStart));

    List<String> left = header.get(0);
    String numberLine =
        left.stream().filter(l -> l.startsWith("Số:")).findFirst().orElse("Số: ?/NQ-UBTVQH15");
    String notation = numberLine.substring(3).trim();
    String number = notation.contains("/") ? notation.substring(0, notation.indexOf('/')) : "";
    List<String> recipients = signature.get(0);
    List<String> signer = signature.size() > 1 ? signature.get(1) : List.of();
    return new Resolution(
        file,
        number,
        notation,
        left,
        header.size() > 1 ? header.get(1) : List.of(),
        body,
        recipients,
        signer);
  }

  private static String read(String file) {
    try (InputStream in = ResolutionCorpus.class.getResourceAsStream("/demo/corpus/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled resolution " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isRule(String line) {
    String t = line.trim();
    return !t.isEmpty() && t.chars().allMatch(c -> c == '-' || c == ' ');
  }

  /** Columns of a simple table, each a list of cleaned, non-empty lines. */
  private static List<List<String>> simpleTable(List<String> rows) {
    List<int[]> cols = new ArrayList<>();
    Matcher m = DASHES.matcher(rows.get(0));
    while (m.find()) {
      cols.add(new int[] {m.start(), m.end()});
    }
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      StringBuilder raw = new StringBuilder();
      int from = c == 0 ? 0 : cols.get(c)[0] - 1;
      for (String row : rows.subList(1, rows.size())) {
        int to = c == cols.size() - 1 ? row.length() : Math.min(row.length(), cols.get(c + 1)[0]);
        String cell = from < row.length() ? row.substring(Math.min(from, to), to) : "";
        raw.append(cell.strip()).append('\n');
      }
      out.add(cellLines(raw.toString()));
    }
    return out;
  }

  /** Columns of a grid table ("+---+" borders, "|" cell separators). */
  private static List<List<String>> gridTable(List<String> rows) {
    List<StringBuilder> cols = new ArrayList<>();
    for (String row : rows) {
      if (!row.startsWith("|")) {
        continue;
      }
      String[] cells = row.substring(1).split("\\|", -1);
      for (int c = 0; c < cells.length - 1; c++) {
        while (cols.size() <= c) {
          cols.add(new StringBuilder());
        }
        cols.get(c).append(cells[c].strip()).append('\n');
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (StringBuilder col : cols) {
      out.add(cellLines(col.toString()));
    }
    if (out.isEmpty()) {
      out.add(List.of());
    }
    return out;
  }

  /**
   * The lines of a table cell: a trailing backslash is a forced line break, any other line end
   * continues the same line; dashed underlines are dropped (the renderer draws its own rules).
   */
  private static List<String> cellLines(String raw) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String line : raw.split("\n")) {
      boolean hardBreak = line.endsWith("\\") || line.endsWith("\\**") || line.endsWith("\\***");
      String piece = line.replaceAll("\\\\(\\**)$", "$1");
      if (cur.length() > 0 && !piece.isBlank()) {
        cur.append(' ');
      }
      cur.append(piece);
      if (hardBreak || piece.isBlank()) {
        flush(cur, out);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    String s = clean(cur.toString());
    cur.setLength(0);
    if (s.isEmpty() || s.chars().allMatch(c -> c == '-')) {
      return;
    }
    out.add(s);
  }

  private static List<Paragraph> paragraphs(List<String> lines) {
    List<Paragraph> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    boolean preamble = true;
    for (String line : lines) {
      if (line.isBlank()) {
        preamble = addParagraph(cur, out, preamble);
        cur.clear();
      } else {
        cur.add(line.strip());
      }
    }
    addParagraph(cur, out, preamble);
    return out;
  }

  /**
   * Adds the paragraph made of {@code raw} lines. Before the first "Căn cứ", upper-case paragraphs
   * are the centred title block ("NGHỊ QUYẾT", "VỀ VIỆC …", the issuing body); returns whether the
   * title block may still continue.
   */
  private static boolean addParagraph(List<String> raw, List<Paragraph> out, boolean preamble) {
    if (raw.isEmpty()) {
      return preamble;
    }
    StringBuilder joined = new StringBuilder();
    for (String l : raw) {
      boolean hard = l.endsWith("\\");
      String piece = hard ? l.substring(0, l.length() - 1) : l;
      joined.append(piece).append(hard ? "\n" : " ");
    }
    String src = joined.toString().strip();
    String text = clean(src);
    if (text.isEmpty()) {
      return preamble;
    }
    boolean bold = src.startsWith("**") && src.endsWith("**");
    boolean italic = !bold && src.startsWith("*") && src.endsWith("*");
    boolean upper = text.equals(VietnameseText.upper(text));
    if (text.startsWith("Căn cứ")) {
      preamble = false;
    }
    boolean centered = (preamble && upper) || text.equals("QUYẾT NGHỊ:");
    out.add(new Paragraph(text, bold || centered, italic, centered));
    return preamble;
  }

  /** Removes Markdown emphasis and backslash escapes, collapses spaces (keeps line breaks). */
  static String clean(String s) {
    String t = s.replace("\\*", "\uE000");
    t = t.replace("*", "");
    t = t.replaceAll("\\\\(.)", "$1");
    t = t.replace('\uE000', '*');
    t = t.replaceAll("[ \\t]+", " ");
    t = t.replaceAll(" *\n *", "\n");
    return t.strip();
  }
}
