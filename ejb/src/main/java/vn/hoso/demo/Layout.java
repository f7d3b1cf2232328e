package vn.hoso.demo;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Page layout in PDF points on A4, shared by the image renderer and the PDF text layer so that both
 * show the same lines at the same places, following the look of Vietnamese administrative documents
 * (Decree 30/2020/NĐ-CP): the issuing body top left, the national motto top right, number and date
 * below them, a centred title, the body, then the recipients ("Nơi nhận") bottom left and the
 * signature bottom right.
 */
final class Layout {

  static final float PAGE_W = 595.276f;
  static final float PAGE_H = 841.89f;
  static final float LEFT = 85f; // 30 mm: the binding margin
  static final float RIGHT = PAGE_W - 57f; // 20 mm
  static final float TOP = 57f;
  static final float BOTTOM = PAGE_H - 57f;

  static final float BODY = 11f;
  static final float HEAD = 10.5f;
  static final float SMALL = 9f;
  static final float TITLE = 12.5f;

  /** A word that only moves the pen: a wider gap between the pairs of a form line. */
  static final String TAB = "\t";

  private static final float TAB_WIDTH = 22f;

  private Layout() {}

  enum Style {
    REGULAR,
    BOLD,
    ITALIC
  }

  record Run(String text, Style style, float x) {}

  /** One line of text at a baseline; its runs are drawn left to right. */
  record Line(List<Run> runs, float baseline, float size) {
    String text() {
      StringBuilder s = new StringBuilder();
      runs.forEach(r -> s.append(r.text()));
      return s.toString();
    }
  }

  /** A horizontal rule (the short underlines below the issuing body and the motto). */
  record Rule(float x1, float x2, float y) {}

  /** A hand-made mark: a signature, and the round seal in red ink over it. */
  record Mark(boolean seal, float x, float y, float w, float h) {}

  /** One page: its lines, rules and marks. */
  static final class Page {
    final List<Line> lines = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    final List<Mark> marks = new ArrayList<>();

    /**
     * The lines in visual reading order: top to bottom, and lines that share a baseline (the two
     * columns of the header and of the signature block) left to right — the order in which an OCR
     * engine such as tesseract reads a page of aligned columns.
     */
    List<Line> readingOrder() {
      List<Line> out = new ArrayList<>();
      rows().forEach(out::addAll);
      return out;
    }

    /** The lines grouped in rows of (nearly) equal baseline, each row sorted left to right. */
    List<List<Line>> rows() {
      List<Line> sorted = new ArrayList<>(lines);
      sorted.sort((a, b) -> Float.compare(a.baseline(), b.baseline()));
      List<List<Line>> rows = new ArrayList<>();
      List<Line> row = null;
      float rowBaseline = 0;
      for (Line l : sorted) {
        if (row == null || l.baseline() - rowBaseline > 0.35f * l.size()) {
          row = new ArrayList<>();
          rows.add(row);
          rowBaseline = l.baseline();
        }
        row.add(l);
      }
      for (List<Line> r : rows) {
        r.sort((a, b) -> Float.compare(a.runs().get(0).x(), b.runs().get(0).x()));
      }
      return rows;
    }

    /**
     * The exact text on the page, in reading order: rows separated by "\n", the lines of one row
     * (the header's and the signature block's two columns) by a space.
     */
    String text() {
      StringBuilder s = new StringBuilder();
      for (List<Line> row : rows()) {
        if (s.length() > 0) {
          s.append('\n');
        }
        for (int i = 0; i < row.size(); i++) {
          s.append(i > 0 ? " " : "").append(row.get(i).text());
        }
      }
      return s.toString();
    }
  }

  /** A line of a header or signature column. */
  record Cell(String text, Style style, float size, boolean underline) {
    static Cell bold(String t) {
      return new Cell(t, Style.BOLD, HEAD, false);
    }

    static Cell plain(String t) {
      return new Cell(t, Style.REGULAR, HEAD, false);
    }

    static Cell italic(String t) {
      return new Cell(t, Style.ITALIC, HEAD, false);
    }

    Cell underlined() {
      return new Cell(text, style, size, true);
    }

    Cell sized(float s) {
      return new Cell(text, style, s, underline);
    }
  }

  /** A piece of a paragraph in one style. */
  record Seg(String text, Style style) {
    static Seg of(String t) {
      return new Seg(t, Style.REGULAR);
    }

    static Seg bold(String t) {
      return new Seg(t, Style.BOLD);
    }

    static Seg italic(String t) {
      return new Seg(t, Style.ITALIC);
    }
  }

  /**
   * The fonts: DejaVu Serif (regular, bold, italic), which covers every precomposed Vietnamese
   * letter; Java's logical "Serif" font if DejaVu is not installed (then PDFs get no text layer).
   */
  static final class Fonts {
    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());
    private static final String DIR = "/usr/share/fonts/truetype/dejavu/";
    private static final Map<Style, String> FILES =
        Map.of(
            Style.REGULAR, "DejaVuSerif.ttf",
            Style.BOLD, "DejaVuSerif-Bold.ttf",
            Style.ITALIC, "DejaVuSerif-Italic.ttf");
    private static volatile Fonts instance;

    private final Map<Style, Font> base = new EnumMap<>(Style.class);
    private final Map<Style, Path> files = new EnumMap<>(Style.class);
    private final Map<Long, Font> sized = new ConcurrentHashMap<>();
    private final Map<Long, Map<String, Float>> widths = new ConcurrentHashMap<>();
    private final FontRenderContext frc = new FontRenderContext(null, true, true);

    private Fonts() {
      for (Style s : Style.values()) {
        Path p = Path.of(DIR, FILES.get(s));
        Font f = null;
        if (Files.isReadable(p)) {
          try {
            f = Font.createFont(Font.TRUETYPE_FONT, p.toFile());
            files.put(s, p);
          } catch (FontFormatException | IOException e) {
            LOG.warning("cannot load " + p + ": " + e);
          }
        }
        if (f == null) {
          LOG.warning(
              p
                  + " not found; using the logical Serif font (install fonts-dejavu-core for"
                  + " reproducible pages and PDF text layers)");
          int awtStyle = s == Style.BOLD ? Font.BOLD : s == Style.ITALIC ? Font.ITALIC : Font.PLAIN;
          f = new Font(Font.SERIF, awtStyle, 1);
        }
        base.put(s, f);
      }
    }

    static Fonts get() {
      Fonts f = instance;
      if (f == null) {
        synchronized (Fonts.class) {
          f = instance;
          if (f == null) {
            f = new Fonts();
            instance = f;
          }
        }
      }
      return f;
    }

    Font font(Style s, float size) {
      long key = ((long) s.ordinal() << 32) | Float.floatToIntBits(size);
      return sized.computeIfAbsent(key, k -> base.get(s).deriveFont(size));
    }

    /** The TrueType file of a style, or null when the fallback font is used. */
    Path file(Style s) {
      return files.get(s);
    }

    boolean embeddable() {
      return files.size() == Style.values().length;
    }

    /**
     * Advance width in points. Java2D applies no kerning by default, so a line is as wide as the
     * sum of its words and spaces; word widths are cached (layout measures every word many times).
     */
    float width(String text, Style s, float size) {
      long key = ((long) s.ordinal() << 32) | Float.floatToIntBits(size);
      Map<String, Float> cache = widths.computeIfAbsent(key, k -> new ConcurrentHashMap<>());
      Float w = cache.get(text);
      if (w == null) {
        w = (float) font(s, size).getStringBounds(text, frc).getWidth();
        if (cache.size() < 200_000) {
          cache.put(text, w);
        }
      }
      return w;
    }
  }

  /**
   * Flows blocks of text into pages. Continuation pages carry their number at the top centre, as
   * Vietnamese administrative documents do.
   */
  static final class Composer {
    private final Fonts fonts = Fonts.get();
    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private float y;

    Composer() {
      newPage();
    }

    List<Page> pages() {
      return pages;
    }

    int pageCount() {
      return pages.size();
    }

    /** Starts a new page unless the current one is still empty. */
    void pageBreak() {
      if (!page.lines.isEmpty() && !(pages.size() > 1 && page.lines.size() == 1)) {
        newPage();
      }
    }

    /** Space left on the current page, in points. */
    float remaining() {
      return BOTTOM - y;
    }

    void space(float pt) {
      y = Math.min(y + pt, BOTTOM);
    }

    private void newPage() {
      page = new Page();
      pages.add(page);
      y = TOP;
      if (pages.size() > 1) {
        String n = Integer.toString(pages.size());
        float w = fonts.width(n, Style.REGULAR, BODY);
        y += BODY;
        page.lines.add(new Line(List.of(new Run(n, Style.REGULAR, (PAGE_W - w) / 2)), y, BODY));
        y += BODY * 0.8f;
      }
    }

    private static float lead(float size) {
      return size * 1.4f;
    }

    /**
     * The document header: the issuing body (left) and the motto (right), then a row with the
     * number (left) and place and date (right). Each column is centred on its own axis.
     */
    void header(List<Cell> left, List<Cell> right, Cell leftBottom, Cell rightBottom) {
      List<Line> l = new ArrayList<>();
      List<Line> r = new ArrayList<>();
      float leftEnd = column(left, 40f, 265f, y, l);
      float rightEnd = column(right, 255f, RIGHT + 20f, y, r);
      float row = Math.max(leftEnd, rightEnd) + 6f;
      float e1 = leftBottom == null ? row : column(List.of(leftBottom), 40f, 265f, row, l);
      float e2 =
          rightBottom == null ? row : column(List.of(rightBottom), 255f, RIGHT + 20f, row, r);
      // Reading order, as an OCR engine segments the page: the left column, then the right one.
      page.lines.addAll(l);
      page.lines.addAll(r);
      y = Math.max(e1, e2) + 14f;
    }

    /** Centres cells in [x1, x2] from {@code top}; returns the y below the last line. */
    private float column(List<Cell> cells, float x1, float x2, float top, List<Line> out) {
      float cy = top;
      float centre = (x1 + x2) / 2;
      for (Cell c : cells) {
        for (String text : wrap(c.text(), c.style(), c.size(), x2 - x1)) {
          float w = fonts.width(text, c.style(), c.size());
          cy += c.size();
          float x = centre - w / 2;
          out.add(new Line(List.of(new Run(text, c.style(), x)), cy, c.size()));
          cy += lead(c.size()) - c.size();
          if (c.underline()) {
            float rw = Math.max(w / 3, 60f);
            if (c.style() == Style.BOLD && c.text().startsWith("Độc lập")) {
              rw = w;
            }
            // Below the descenders and the dots under letters (ạ, ộ), as a pen would draw it.
            float baseline = cy - (lead(c.size()) - c.size());
            page.rules.add(new Rule(centre - rw / 2, centre + rw / 2, baseline + c.size() * 0.45f));
            cy += 3f;
          }
        }
      }
      return cy;
    }

    /** A centred title, wrapped if long. */
    void centered(String text, Style style, float size) {
      for (String line : wrap(text, style, size, RIGHT - LEFT)) {
        ensure(lead(size));
        float w = fonts.width(line, style, size);
        y += size;
        page.lines.add(new Line(List.of(new Run(line, style, (LEFT + RIGHT - w) / 2)), y, size));
        y += lead(size) - size;
      }
    }

    void paragraph(float firstIndent, Seg... segs) {
      paragraph(firstIndent, 0, BODY, List.of(segs));
    }

    /**
     * A left-aligned paragraph of mixed styles, wrapped at word boundaries; split across pages line
     * by line. A "\n" inside a segment forces a line break.
     */
    void paragraph(float firstIndent, float indent, float size, List<Seg> segs) {
      List<List<Seg>> lines = new ArrayList<>();
      List<Seg> cur = new ArrayList<>();
      float width = 0;
      float max = RIGHT - LEFT - indent - firstIndent;
      float space = fonts.width(" ", Style.REGULAR, size);
      for (Seg seg : segs) {
        String[] hardLines = seg.text().split("\n", -1);
        for (int h = 0; h < hardLines.length; h++) {
          if (h > 0) {
            lines.add(cur);
            cur = new ArrayList<>();
            width = 0;
            max = RIGHT - LEFT - indent;
          }
          for (String word : hardLines[h].split(" ")) {
            if (word.isEmpty()) {
              continue;
            }
            float w = word.equals(TAB) ? TAB_WIDTH : fonts.width(word, seg.style(), size);
            if (!cur.isEmpty() && width + space + w > max) {
              lines.add(cur);
              cur = new ArrayList<>();
              width = 0;
              max = RIGHT - LEFT - indent;
            }
            width += (cur.isEmpty() ? 0 : space) + w;
            cur.add(new Seg(word, seg.style()));
          }
        }
      }
      if (!cur.isEmpty()) {
        lines.add(cur);
      }
      boolean first = true;
      for (List<Seg> words : lines) {
        ensure(lead(size));
        float x = LEFT + indent + (first ? firstIndent : 0);
        first = false;
        y += size;
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Style style = null;
        float runX = x;
        for (int i = 0; i < words.size(); i++) {
          Seg w = words.get(i);
          if (w.text().equals(TAB)) {
            if (runs.isEmpty() && text.length() == 0) {
              continue;
            }
            // The gap is drawn, but the text keeps the one space already written before it.
            if (style != null) {
              runs.add(new Run(text.toString(), style, runX));
              text.setLength(0);
              style = null;
            }
            x += TAB_WIDTH;
            runX = x;
            continue;
          }
          if (style != null && w.style() != style) {
            runs.add(new Run(text.toString(), style, runX));
            runX = x;
            text.setLength(0);
          }
          style = w.style();
          text.append(w.text());
          x += fonts.width(w.text(), w.style(), size);
          if (i < words.size() - 1) {
            text.append(' ');
            x += space;
          }
        }
        if (style != null) {
          runs.add(new Run(text.toString(), style, runX));
        }
        if (!runs.isEmpty()) {
          Run last = runs.get(runs.size() - 1);
          runs.set(runs.size() - 1, new Run(last.text().stripTrailing(), last.style(), last.x()));
        }
        page.lines.add(new Line(runs, y, size));
        y += lead(size) - size;
      }
    }

    /** "Label: value" with the value in bold, as filled-in forms print the entries. */
    void field(String label, String value) {
      paragraph(0, 0, BODY, List.of(Seg.of(label + ":"), Seg.bold(value)));
    }

    /** Several short "label: value" pairs on one line, a tab stop apart. */
    void fields(String... labelValue) {
      List<Seg> segs = new ArrayList<>();
      for (int i = 0; i + 1 < labelValue.length; i += 2) {
        if (i > 0) {
          segs.add(Seg.of(TAB));
        }
        segs.add(Seg.of(labelValue[i] + ":"));
        segs.add(Seg.bold(labelValue[i + 1]));
      }
      paragraph(0, 0, BODY, segs);
    }

    /**
     * The closing block: recipients (small, left) and the signer's column (right) with room for the
     * handwritten signature and, when {@code seal}, the red seal over it. Kept on one page.
     */
    void signature(List<String> recipients, List<Cell> right, String signer, boolean seal) {
      float needed = Math.max(recipients.size() * lead(SMALL), (right.size() + 1) * 16f + 70f);
      ensure(needed + 8f);
      float top = y + 6f;
      float ly = top;
      for (int i = 0; i < recipients.size(); i++) {
        String r = recipients.get(i);
        Style s = i == 0 ? Style.ITALIC : Style.REGULAR;
        float size = i == 0 ? 10f : SMALL;
        for (String text : wrap(r, s, size, 200f)) {
          ly += size;
          page.lines.add(new Line(List.of(new Run(text, s, LEFT - 20f)), ly, size));
          ly += lead(size) - size;
        }
      }
      float x1 = 300f;
      float x2 = RIGHT + 10f;
      float ry = column(right, x1, x2, top, page.lines);
      float centre = (x1 + x2) / 2;
      page.marks.add(new Mark(false, centre - 55f, ry + 6f, 110f, 46f));
      if (seal) {
        // The seal overlaps the left third of the signature, not the printed lines.
        page.marks.add(new Mark(true, centre - 95f, ry + 2f, 66f, 66f));
      }
      ry += 66f;
      float ny = column(List.of(Cell.bold(signer).sized(BODY)), x1, x2, ry, page.lines);
      y = Math.max(ly, ny) + 6f;
    }

    private void ensure(float h) {
      if (y + h > BOTTOM) {
        newPage();
      }
    }

    /** Greedy word wrap of one text to {@code max} points. */
    List<String> wrap(String text, Style style, float size, float max) {
      List<String> out = new ArrayList<>();
      StringBuilder cur = new StringBuilder();
      float space = fonts.width(" ", style, size);
      float width = 0;
      for (String word : text.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        float w = fonts.width(word, style, size);
        if (cur.length() > 0 && width + space + w > max) {
          out.add(cur.toString());
          cur.setLength(0);
          width = 0;
        }
        if (cur.length() > 0) {
          cur.append(' ');
          width += space;
        }
        cur.append(word);
        width += w;
      }
      if (cur.length() > 0) {
        out.add(cur.toString());
      }
      return out;
    }
  }
}
