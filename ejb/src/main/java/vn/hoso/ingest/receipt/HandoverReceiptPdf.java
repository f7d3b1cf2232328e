package vn.hoso.ingest.receipt;

import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.splitting.DefaultSplitCharacters;
import com.itextpdf.layout.splitting.ISplitCharacters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.hoso.ingest.receipt.Receipt.DossierLine;
import vn.hoso.ingest.receipt.Receipt.DuplicatePage;
import vn.hoso.ingest.receipt.Receipt.Refusal;
import vn.hoso.pdf.PdfA;

/**
 * Draws the handover receipt (biên bản giao nhận tài liệu lưu trữ) as a PDF/A-2B document.
 *
 * <p>The receipt is an archival record in its own right: the handing-over and receiving units each
 * keep it, possibly for decades, so it is PDF/A (self-contained, fonts embedded, colour defined by
 * an sRGB output intent) and it follows the look of a Vietnamese administrative document (Nghị định
 * 30/2020/NĐ-CP): issuing organ top left, national motto top right, place and date, title, body,
 * signature blocks.
 *
 * <p>iText's standard 14 fonts have no Vietnamese letters and cannot be embedded, which PDF/A
 * requires, so DejaVu (Debian package {@code fonts-dejavu-core}) is embedded as a subset.
 */
public final class HandoverReceiptPdf {

  /** Where Debian's fonts-dejavu-core puts its fonts. */
  public static final Path DEFAULT_FONT_DIR = PdfA.DEFAULT_FONT_DIR;

  /** Dates and times on the receipt are Vietnam's civil time, whatever the server's zone. */
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter TIME_ON_DAY =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static final float BODY_SIZE = 10f;
  private static final float TABLE_SIZE = 9f;
  private static final int ROWS_PER_BATCH = 40;
  private static final DeviceRgb HEADER_FILL = new DeviceRgb(0xE6, 0xE6, 0xE6);
  private static final SolidBorder GRID = new SolidBorder(ColorConstants.BLACK, 0.5f);

  // Nghị định 30/2020: margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
  private static final float MM = 72f / 25.4f;
  private static final float TOP = 20 * MM;
  private static final float BOTTOM = 20 * MM;
  private static final float LEFT = 30 * MM;
  private static final float RIGHT = 15 * MM;

  /**
   * Cell text may break after a path or code separator as well as at spaces: file paths such as
   * {@code data/files/P27169.04.2005.0356.01/VB-0001/0003.tif} have no spaces and would otherwise
   * overflow their column or be cut at an arbitrary letter.
   */
  private static final ISplitCharacters SPLIT_PATHS =
      new ISplitCharacters() {
        private final DefaultSplitCharacters defaults = new DefaultSplitCharacters();

        @Override
        public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
          var glyph = text.get(glyphPos);
          if (glyph.hasValidUnicode()) {
            int c = glyph.getUnicode();
            if (c == '/' || c == '.' || c == '_' || c == '-') {
              return true;
            }
          }
          return defaults.isSplitCharacter(text, glyphPos);
        }
      };

  private HandoverReceiptPdf() {}

  /** Builds the receipt with the fonts from {@link #DEFAULT_FONT_DIR}. */
  public static byte[] build(Receipt r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    write(r, out, DEFAULT_FONT_DIR);
    return out.toByteArray();
  }

  /**
   * Writes the receipt to {@code out} (left open).
   *
   * @param fontDir directory holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (DejaVuSansMono.ttf is
   *     used for the digest if present)
   * @throws IllegalStateException if the fonts are missing
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Receipt r, OutputStream out, Path fontDir) {
    PdfA.requireFont(fontDir, "DejaVuSans.ttf");
    PdfA.requireFont(fontDir, "DejaVuSans-Bold.ttf");
    // The layout flushes as it goes (immediate flush), so that iText's tagging lets go of each part
    // of the long tables once it is laid out; holding the whole body back to stamp the page count
    // at the end made that tagging log errors. A PDF/A document still keeps its pages open until it
    // closes; each page gets its footer when it ends, the count a placeholder filled in below.
    try (PdfWriter writer = new PdfWriter(PdfA.nonClosing(out), PdfA.writerProperties());
        PdfDocument pdf = PdfA.open(writer);
        Document doc = new Document(pdf, PageSize.A4, true)) {
      PdfDocumentInfo info = pdf.getDocumentInfo();
      info.setTitle("Biên bản giao nhận tài liệu lưu trữ – gói " + r.externalIdentifier());
      info.setAuthor(unitTitle(r));
      info.setSubject(
          "Giao nhận gói "
              + r.externalIdentifier()
              + " từ "
              + r.origin().name()
              + " (mã giao nhận "
              + r.handoverId()
              + ")");
      info.setKeywords("biên bản giao nhận; lưu trữ; " + r.externalIdentifier());

      PdfA.Fonts fonts = PdfA.fonts(fontDir);
      doc.setFont(fonts.regular()).setFontSize(BODY_SIZE);
      doc.setMargins(TOP, RIGHT, BOTTOM, LEFT);
      Footer footer = new Footer(r, pdf, fonts.regular());
      pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);

      new Layout(r, doc, fonts.regular(), fonts.bold(), fonts.mono()).draw();
      footer.total(pdf.getNumberOfPages());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the handover receipt", e);
    }
  }

  /** Draws the body; one instance per document. */
  private record Layout(Receipt r, Document doc, PdfFont regular, PdfFont bold, PdfFont mono) {

    void draw() {
      letterhead();
      title();
      parties();
      heading("I. Kết quả tiếp nhận");
      summary();
      heading("II. Danh mục hồ sơ đã tiếp nhận");
      dossiers();
      heading("III. Hồ sơ, tệp bị từ chối và lý do");
      refusals();
      heading("IV. Trang trùng lặp");
      duplicates();
      heading("V. Mã kiểm tra toàn vẹn của gói");
      digest();
      closingAndSignatures();
    }

    /**
     * Organ on the left, national motto on the right, each centred in its half with a short rule
     * underneath; the document number under the organ and place and date under the motto.
     */
    private void letterhead() {
      Table t =
          new Table(UnitValue.createPercentArray(new float[] {42, 58})).useAllAvailableWidth();
      t.setMarginBottom(10);
      Cell left = plainCell();
      left.add(centred(unitTitle(r).toUpperCase(VI), bold, 10.5f));
      left.add(rule(40));
      left.add(centred("Số: " + r.handoverId() + "/BB-GN", regular, 10f).setMarginTop(4));
      Cell right = plainCell();
      right.add(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold, 10.5f));
      right.add(centred("Độc lập - Tự do - Hạnh phúc", bold, 10.5f));
      right.add(rule(62));
      right.add(centred(placeAndDate(), regular, 10f).setMarginTop(4));
      t.addCell(left).addCell(right);
      doc.add(t);
    }

    private void title() {
      doc.add(
          new Paragraph("BIÊN BẢN GIAO NHẬN TÀI LIỆU LƯU TRỮ")
              .setFont(bold)
              .setFontSize(14)
              .setTextAlignment(TextAlignment.CENTER)
              .setMarginBottom(0));
      doc.add(
          new Paragraph(
                  "Gói giao nộp "
                      + r.externalIdentifier()
                      + " (mã giao nhận "
                      + r.handoverId()
                      + ")")
              .setTextAlignment(TextAlignment.CENTER)
              .setMarginTop(2)
              .setMarginBottom(10));
    }

    /** Who handed over what to whom and when, in the words of a clerk's record. */
    private void parties() {
      String bagged = r.baggingDate() == null ? "" : ", lập ngày " + day(r.baggingDate());
      String opening =
          r.completedAt() == null
              ? "Hôm nay, vào lúc "
                  + time(r.receivedAt())
                  + ", tại "
                  + unitTitle(r)
                  + ", "
                  + r.receivingUnit().province()
                  + ", tiếp nhận gói tài liệu lưu trữ số hóa mã "
                  + r.externalIdentifier()
                  + bagged
                  + ", giữa các bên:"
              : "Hôm nay, vào lúc "
                  + time(r.completedAt())
                  + ", tại "
                  + unitTitle(r)
                  + ", "
                  + r.receivingUnit().province()
                  + ", hoàn tất việc giao nhận gói tài liệu lưu trữ số hóa mã "
                  + r.externalIdentifier()
                  + bagged
                  + " (bắt đầu tiếp nhận lúc "
                  + time(r.receivedAt())
                  + "), giữa các bên:";
      body(opening);
      labelled(
          "Bên giao: ",
          r.sourceOrganization()
              + ", giao nộp tài liệu của "
              + r.origin().name()
              + " (đơn vị hành chính "
              + levelName(r.origin().level())
              + " trước ngày 01/7/2025, mã "
              + r.origin().code()
              + ").");
      labelled(
          "Bên nhận: ",
          unitTitle(r)
              + ", "
              + r.receivingUnit().province()
              + " (mã đơn vị "
              + r.receivingUnit().code()
              + "); người tiếp nhận: "
              + r.receivedBy()
              + ".");
    }

    private void summary() {
      Receipt.Counts c = r.counts();
      Table t = new Table(UnitValue.createPercentArray(new float[] {34, 12, 42, 12}));
      t.useAllAvailableWidth().setFontSize(TABLE_SIZE);
      countRow(t, "Hồ sơ đã lưu", c.dossiersStored(), "Hồ sơ bị từ chối", c.dossiersRefused());
      countRow(t, "Văn bản đã lưu", c.documentsStored(), "Trang bị từ chối", c.pagesRefused());
      countRow(
          t,
          "Trang đã lưu",
          c.pagesStored(),
          "Trang trùng tệp đã có (lưu một lần)",
          c.pagesDuplicate());
      countRow(t, "", null, "Trang nghi trùng, chờ xem xét", c.pagesFlagged());
      doc.add(t);
    }

    private void countRow(Table t, String l1, Integer v1, String l2, Integer v2) {
      t.addCell(gridCell(l1));
      t.addCell(gridCell(v1 == null ? "" : number(v1)).setTextAlignment(TextAlignment.RIGHT));
      t.addCell(gridCell(l2));
      t.addCell(gridCell(v2 == null ? "" : number(v2)).setTextAlignment(TextAlignment.RIGHT));
    }

    private void dossiers() {
      if (r.dossiers().isEmpty()) {
        body("Không có hồ sơ nào được lưu.");
        return;
      }
      Table t =
          table(
              new float[] {6, 26.5f, 36.5f, 8, 11, 12},
              "STT",
              "Mã hồ sơ",
              "Tiêu đề hồ sơ",
              "Số VB",
              "Số trang",
              "Tiếp cận");
      int n = 0;
      long docs = 0;
      long pages = 0;
      for (DossierLine d : r.dossiers()) {
        t.addCell(gridCell(number(++n)).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(codeCell(d.code()));
        t.addCell(gridCell(d.title()));
        t.addCell(gridCell(number(d.documents())).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(gridCell(number(d.pages())).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(gridCell(d.access().label()));
        docs += d.documents();
        pages += d.pages();
        rowDone(t, n);
      }
      t.addCell(gridCell("Cộng " + number(n) + " hồ sơ", 1, 3).setFont(bold).setKeepTogether(true));
      t.addCell(gridCell(number(docs)).setFont(bold).setTextAlignment(TextAlignment.RIGHT));
      t.addCell(gridCell(number(pages)).setFont(bold).setTextAlignment(TextAlignment.RIGHT));
      t.addCell(gridCell(""));
      t.complete();
    }

    private void refusals() {
      if (r.refusals().isEmpty()) {
        body("Không có hồ sơ hay tệp nào bị từ chối.");
        return;
      }
      Table t =
          table(
              new float[] {6, 14.5f, 22, 7.5f, 13, 37},
              "STT",
              "Mức độ",
              "Tệp",
              "Dòng",
              "Cột",
              "Lý do");
      int n = 0;
      for (Refusal f : r.refusals()) {
        t.addCell(gridCell(number(++n)).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(gridCell(severityName(f.severity())));
        t.addCell(codeCell(dash(f.file())));
        t.addCell(
            gridCell(f.row() == null ? "—" : number(f.row()))
                .setTextAlignment(TextAlignment.RIGHT));
        t.addCell(codeCell(dash(f.column())));
        t.addCell(gridCell(f.message()));
        rowDone(t, n);
      }
      t.complete();
    }

    private void duplicates() {
      if (r.duplicates().isEmpty()) {
        body("Không có trang nào trùng với tài liệu đã tiếp nhận trước đây.");
        return;
      }
      Table t =
          table(
              new float[] {6, 26.5f, 28.5f, 8, 31},
              "STT",
              "Hồ sơ",
              "Văn bản",
              "Trang",
              "Tình trạng");
      int n = 0;
      for (DuplicatePage p : r.duplicates()) {
        t.addCell(gridCell(number(++n)).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(codeCell(p.dossierCode()));
        t.addCell(codeCell(p.documentCode()));
        t.addCell(gridCell(number(p.page())).setTextAlignment(TextAlignment.RIGHT));
        t.addCell(gridCell(p.kind().label()));
        rowDone(t, n);
      }
      t.complete();
    }

    /**
     * The manifest lists the SHA-256 of every payload file, so its own digest pins down the whole
     * package: anyone holding the bag can recompute it and compare with the receipt.
     */
    private void digest() {
      body("Mã băm SHA-256 của tệp manifest-sha256.txt trong gói:");
      doc.add(
          new Paragraph(r.manifestSha256())
              .setFont(mono)
              .setFontSize(9.5f)
              .setTextAlignment(TextAlignment.CENTER)
              .setSplitCharacters(SPLIT_ANYWHERE)
              .setMarginTop(2)
              .setMarginBottom(8));
    }

    /**
     * The closing sentence and the signature blocks, kept on one page: signatures on a page of
     * their own, torn from the text they sign, are worthless.
     */
    private void closingAndSignatures() {
      Div end = new Div().setKeepTogether(true);
      // Drawn before ingest completed, the counts may still change: say so.
      String closing =
          r.completedAt() == null
              ? "Biên bản được hệ thống lập tự động trong khi đang xử lý gói giao nộp; số liệu trên"
                  + " đây là tạm tính. Mỗi bên giữ một bản."
              : "Biên bản được hệ thống lập tự động khi hoàn tất tiếp nhận gói giao nộp; số liệu"
                  + " trên đây là kết quả kiểm tra của hệ thống. Mỗi bên giữ một bản.";
      end.add(styled(new Paragraph(closing)));
      Table t =
          new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth();
      t.setMarginTop(10);
      t.addCell(signatureCell("ĐẠI DIỆN BÊN GIAO", null));
      t.addCell(signatureCell("ĐẠI DIỆN BÊN NHẬN", r.receivedBy()));
      end.add(t);
      doc.add(end);
    }

    private Cell signatureCell(String role, String person) {
      Cell c = plainCell();
      c.add(centred(role, bold, 10.5f));
      c.add(centred("(Ký, ghi rõ họ tên)", regular, 9.5f));
      // Room for a handwritten signature and seal; the giver's representative writes their name.
      c.add(centred(person == null ? "" : person, bold, 10.5f).setMarginTop(46));
      return c;
    }

    private String placeAndDate() {
      Instant at = r.completedAt() == null ? r.receivedAt() : r.completedAt();
      LocalDate d = at.atZone(VIETNAM).toLocalDate();
      // Nghị định 30/2020: days below 10 and months below 3 take a leading zero.
      String dd = (d.getDayOfMonth() < 10 ? "0" : "") + d.getDayOfMonth();
      String mm = (d.getMonthValue() < 3 ? "0" : "") + d.getMonthValue();
      return r.receivingUnit().name() + ", ngày " + dd + " tháng " + mm + " năm " + d.getYear();
    }

    private void heading(String text) {
      doc.add(
          new Paragraph(text)
              .setFont(bold)
              .setFontSize(BODY_SIZE)
              .setMarginTop(6)
              .setMarginBottom(3)
              .setKeepWithNext(true));
    }

    private void body(String text) {
      doc.add(styled(new Paragraph(text)));
    }

    /** A body paragraph opening with a bold label, e.g. "Bên giao: ...". */
    private void labelled(String label, String text) {
      doc.add(styled(new Paragraph().add(new Text(label).setFont(bold)).add(text)));
    }

    private static Paragraph styled(Paragraph p) {
      return p.setTextAlignment(TextAlignment.JUSTIFIED)
          .setMultipliedLeading(1.2f)
          .setMarginTop(0)
          .setMarginBottom(3);
    }

    /**
     * Starts a list table, already added to the document. It is a "large table": rows are laid out
     * as they come, in batches (see {@link #rowDone}), and the caller ends it with {@link
     * Table#complete()}. Laid out in one go, a table's cost grows with the square of its rows (a
     * package with 2,000 dossiers took half a minute); in batches it grows linearly.
     */
    private Table table(float[] widths, String... headers) {
      Table t = new Table(UnitValue.createPercentArray(widths), true).useAllAvailableWidth();
      t.setFontSize(TABLE_SIZE);
      header(t, headers);
      doc.add(t);
      return t;
    }

    /** Lays out the rows added so far, every {@code ROWS_PER_BATCH} rows. */
    private static void rowDone(Table t, int rows) {
      if (rows % ROWS_PER_BATCH == 0) {
        t.flush();
      }
    }

    /** Header cells repeat at the top of every page the table continues on. */
    private void header(Table t, String... names) {
      for (String name : names) {
        t.addHeaderCell(
            gridCell(name)
                .setFont(bold)
                .setBackgroundColor(HEADER_FILL)
                .setTextAlignment(TextAlignment.CENTER)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
      }
    }
  }

  private static Cell gridCell(String text) {
    return gridCell(text, 1, 1);
  }

  /**
   * A table cell. Kept together so that a row is never torn across a page break (half a dossier
   * title on one page, the rest on the next); the row moves to the next page whole instead.
   */
  private static Cell gridCell(String text, int rowspan, int colspan) {
    return new Cell(rowspan, colspan)
        .add(new Paragraph(text).setMultipliedLeading(1.1f))
        .setBorder(GRID)
        .setPaddings(1.5f, 3, 1.5f, 3)
        .setKeepTogether(true);
  }

  /** A cell holding a code or a path: may also break after its separators. */
  private static Cell codeCell(String text) {
    Cell c = gridCell(text);
    c.getChildren().forEach(p -> ((Paragraph) p).setSplitCharacters(SPLIT_PATHS));
    return c;
  }

  private static Cell plainCell() {
    return new Cell().setBorder(Border.NO_BORDER).setPadding(0);
  }

  private static Paragraph centred(String text, PdfFont font, float size) {
    return new Paragraph(text)
        .setFont(font)
        .setFontSize(size)
        .setTextAlignment(TextAlignment.CENTER)
        .setMultipliedLeading(1.15f)
        .setMargin(0);
  }

  /** The short rule under the organ name and under the motto. */
  private static LineSeparator rule(float percent) {
    LineSeparator line = new LineSeparator(new SolidLine(0.6f));
    line.setWidth(UnitValue.createPercentValue(percent))
        .setHorizontalAlignment(HorizontalAlignment.CENTER)
        .setMarginTop(2);
    return line;
  }

  /** The 64 hex digits may wrap anywhere on a very narrow page; normally they fit one line. */
  private static final ISplitCharacters SPLIT_ANYWHERE = (text, pos) -> true;

  /**
   * "Trang i/n" (and the receipt number, so a loose page can be matched to its receipt) at the foot
   * of every page, drawn as the page ends. The count n is not known then: every page shows the same
   * placeholder, filled in once the body is laid out. Marked as an artifact: it is page furniture,
   * not content.
   */
  private static final class Footer extends AbstractPdfDocumentEventHandler {

    private static final float SIZE = 8;

    private final Receipt r;
    private final PdfDocument pdf;
    private final PdfFont font;
    private final PdfFormXObject total;

    Footer(Receipt r, PdfDocument pdf, PdfFont font) {
      this.r = r;
      this.pdf = pdf;
      this.font = font;
      // room for a count of up to five digits, drawn as the footer's text is: from the bottom of
      // its line up (the placeholder's box starts at 0, where it is put on the page)
      this.total = new PdfFormXObject(new Rectangle(0, 0, font.getWidth("88888", SIZE), 3 * SIZE));
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
      PdfPage page = ((PdfDocumentEvent) event).getPage();
      int number = pdf.getPageNumber(page);
      Rectangle size = page.getPageSize();
      float y = BOTTOM / 2;
      float right = size.getWidth() - RIGHT - total.getWidth();
      PdfCanvas canvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
      canvas.openTag(new CanvasArtifact());
      try (Canvas c = new Canvas(canvas, size)) {
        c.setFont(font).setFontSize(SIZE);
        c.showTextAligned(
            new Paragraph("Biên bản giao nhận số " + r.handoverId() + "/BB-GN"),
            LEFT,
            y,
            TextAlignment.LEFT,
            VerticalAlignment.BOTTOM);
        c.showTextAligned(
            new Paragraph("Trang " + number + "/"),
            right,
            y,
            TextAlignment.RIGHT,
            VerticalAlignment.BOTTOM);
      }
      canvas.addXObjectAt(total, right, y);
      canvas.closeTag();
      canvas.release();
    }

    /** Writes the page count into the placeholder every page shows. */
    void total(int pages) {
      try (Canvas c = new Canvas(total, pdf)) {
        c.setFont(font).setFontSize(SIZE);
        c.showTextAligned(
            new Paragraph(Integer.toString(pages)),
            0,
            0,
            TextAlignment.LEFT,
            VerticalAlignment.BOTTOM);
      }
    }
  }

  /** "UBND Phường Diên Hồng": how the receiving organ names itself. */
  private static String unitTitle(Receipt r) {
    return "UBND " + r.receivingUnit().name();
  }

  private static String levelName(String level) {
    return switch (level) {
      case "commune" -> "cấp xã";
      case "district" -> "cấp huyện";
      case "province" -> "cấp tỉnh";
      default -> level;
    };
  }

  private static String severityName(String severity) {
    return switch (severity) {
      case "PACKAGE_REFUSED" -> "Từ chối cả gói";
      case "DOSSIER_REFUSED" -> "Từ chối hồ sơ";
      case "WARNING" -> "Cảnh báo";
      default -> severity;
    };
  }

  private static String time(Instant at) {
    return TIME_ON_DAY.format(ZonedDateTime.ofInstant(at, VIETNAM));
  }

  private static String day(LocalDate d) {
    return DAY.format(d);
  }

  /** Vietnamese groups thousands with a dot: 1.234 trang. */
  private static String number(long n) {
    return String.format(VI, "%,d", n);
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }
}
