package vn.hoso.copies;

import static vn.hoso.copies.IssuedDocument.FIRST_PAGE_BOTTOM;
import static vn.hoso.copies.IssuedDocument.FOOTER_Y;
import static vn.hoso.copies.IssuedDocument.LEFT;
import static vn.hoso.copies.IssuedDocument.MM;
import static vn.hoso.copies.IssuedDocument.RIGHT;
import static vn.hoso.copies.IssuedDocument.STAMP_RED;
import static vn.hoso.copies.IssuedDocument.TOP;
import static vn.hoso.copies.IssuedDocument.VI;
import static vn.hoso.copies.IssuedDocument.body;
import static vn.hoso.copies.IssuedDocument.centred;
import static vn.hoso.copies.IssuedDocument.day;
import static vn.hoso.copies.IssuedDocument.nfc;
import static vn.hoso.copies.IssuedDocument.organ;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.tagutils.TagTreePointer;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hoso.copies.CopyContent.PageScan;
import vn.hoso.copies.CopyContent.RecordInfo;
import vn.hoso.copies.CopyContent.Unit;
import vn.hoso.pdf.PdfA;

/**
 * A certified copy of an archived record (bản sao từ sổ gốc under Nghị định 23/2015/NĐ-CP, or a
 * copy of an archival document), as an unsigned PDF/A-2B document that the issuing unit then signs
 * (visibly, into {@link #signatureBox()} on page 1).
 *
 * <p>Page 1 certifies: who issues the copy under which register number, which record it copies and
 * from which former unit's archive, how many pages, and — framed, as Điều 12 of Luật Giao dịch điện
 * tử số 20/2023/QH15 requires of a paper record converted to electronic form — who digitised the
 * paper original and when, and that this copy was issued from that digitised record. Its foot
 * carries the verification code and a QR code to the public verification page. Every further page
 * is one scan, fitted to an A4 page, stamped "BẢN SAO" with "Trang i/n", the code and a small QR
 * code, so that a single printed page still leads back to its copy.
 *
 * <p><b>The JSON sidecar</b> ({@link #sidecar}) travels inside the PDF's XMP metadata, as the
 * property {@code hosocopy:sidecar} of the namespace {@code https://hoso.vn/ns/copy/1.0/}, declared
 * with a PDF/A extension schema. The first choice, an embedded JSON file associated with the
 * document (AFRelationship Data), was tried: iText 9.5 writes it into a PDF/A-2B document without
 * complaint, but veraPDF rejects the result (ISO 19005-2 6.8, rule 6.8-5: PDF/A-2 may embed only
 * PDF/A files; associated files of any type are a PDF/A-3 feature). XMP with a declared extension
 * schema is what PDF/A-2 allows for custom machine-readable data, and it is covered by the
 * signature. {@link #readSidecar} reads it back from an unsigned or a signed copy.
 */
public final class CertifiedCopyPdf {

  private static final float BODY_SIZE = 10f;

  // Scan pages: the image between a stamp band at the top and a footer band with the QR code.
  private static final float SCAN_LEFT = 20 * MM;
  private static final float SCAN_RIGHT = 15 * MM;
  private static final float SCAN_TOP = 24 * MM;
  private static final float SCAN_BOTTOM = 29 * MM;
  private static final float STAMP_WIDTH = 42 * MM;
  private static final float STAMP_HEIGHT = 13 * MM;
  private static final float FOOTER_QR = 17 * MM;
  private static final DeviceRgb MARK_FILL = new DeviceRgb(0xF3, 0xF5, 0xF8);

  private CertifiedCopyPdf() {}

  /** Page 1's rectangle reserved for the unit's visible signature (A4 portrait, in points). */
  public static Rectangle signatureBox() {
    return IssuedDocument.SIGNATURE_BOX.clone();
  }

  /** The machine-readable description of the copy (UTF-8 JSON), as embedded in the PDF. */
  public static byte[] sidecar(CopyContent c) {
    return CopySidecar.json(c).getBytes(StandardCharsets.UTF_8);
  }

  /** The JSON sidecar of a copy (unsigned or signed); empty for any other file. Never throws. */
  public static Optional<String> readSidecar(byte[] pdf) {
    return CopySidecar.read(pdf);
  }

  /**
   * The unsigned copy.
   *
   * @throws IllegalArgumentException if a scan's media type cannot be copied
   * @throws UncheckedIOException if a scan cannot be read or decoded
   * @throws IllegalStateException if the DejaVu fonts are missing
   */
  public static byte[] build(CopyContent c) {
    PdfA.requireFont(PdfA.DEFAULT_FONT_DIR, "DejaVuSans.ttf");
    PdfA.requireFont(PdfA.DEFAULT_FONT_DIR, "DejaVuSans-Bold.ttf");
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + c.pages().size() * 300_000);
    // Footers need the page count, so pages stay open until the end (immediateFlush = false).
    // Plain cross-reference table, no object streams: a copy's structure tree is small, and the
    // signer (and every verifier) reads an uncompressed one faster.
    try (PdfWriter writer = new PdfWriter(out, new WriterProperties());
        PdfADocument pdf = PdfA.open(writer);
        Document doc = new Document(pdf, PageSize.A4, false)) {
      PdfDocumentInfo info = pdf.getDocumentInfo();
      info.setTitle(c.kind().title() + " " + c.registerLabel());
      info.setAuthor(organ(c.issuingUnit()));
      info.setSubject(
          c.kind().title()
              + " tài liệu "
              + c.record().documentCode()
              + ", mã xác thực "
              + c.code());
      info.setKeywords("bản sao; lưu trữ; " + c.code());
      PdfA.Fonts f = PdfA.sansFonts(PdfA.DEFAULT_FONT_DIR);
      doc.setFont(f.regular()).setFontSize(BODY_SIZE);
      doc.setMargins(TOP, RIGHT, FIRST_PAGE_BOTTOM, LEFT);
      PdfImageXObject qr = IssuedDocument.qr(pdf, c.verifyUrl());

      firstPage(c, doc, f, qr);
      int certificationPages = pdf.getNumberOfPages();
      int total = certificationPages + c.pages().size();
      Furniture furniture = c.pages().isEmpty() ? null : Furniture.of(c, pdf, f, qr);
      for (PageScan scan : c.pages()) {
        scanPage(c, scan, pdf, f, furniture, total);
      }
      String foot = c.kind().title() + " " + c.registerLabel() + " · Mã xác thực: " + c.code();
      for (int i = 1; i <= certificationPages; i++) {
        IssuedDocument.footer(doc, f, i, total, PageSize.A4.getWidth(), foot);
      }
      CopySidecar.embed(pdf, c.code(), CopySidecar.json(c));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the certified copy " + c.code(), e);
    } catch (XMPException e) {
      throw new IllegalStateException("could not write the copy's metadata", e);
    }
    return out.toByteArray();
  }

  private static void firstPage(CopyContent c, Document doc, PdfA.Fonts f, PdfImageXObject qr) {
    Unit issuing = c.issuingUnit();
    IssuedDocument.letterhead(
        doc, f, issuing, "Số: " + c.registerNo() + "/" + c.registerYear() + "/BS", c.issuedAt());
    doc.add(
        new Paragraph(c.kind().title().toUpperCase(VI))
            .setFont(f.bold())
            .setFontSize(14)
            .setTextAlignment(TextAlignment.CENTER)
            .setMargin(0));
    doc.add(
        new Paragraph(
                c.kind() == CopyKind.REGISTER_COPY
                    ? "(cấp từ sổ gốc đã được số hóa)"
                    : "(cấp từ tài liệu lưu trữ đã được số hóa)")
            .setTextAlignment(TextAlignment.CENTER)
            .setMarginTop(1)
            .setMarginBottom(8));
    String basis =
        c.kind() == CopyKind.REGISTER_COPY
            ? "Căn cứ Nghị định số 23/2015/NĐ-CP của Chính phủ về cấp bản sao từ sổ gốc, chứng thực"
                + " bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch;"
            : "Căn cứ pháp luật về lưu trữ và Luật Giao dịch điện tử số 20/2023/QH15;";
    doc.add(body(basis));
    doc.add(
        body(
            organ(issuing)
                + " cấp bản sao của tài liệu dưới đây, do đơn vị đang quản lý"
                + (c.originUnit() == null
                    ? ":"
                    : ", tiếp nhận từ kho lưu trữ của " + nfc(c.originUnit().name()) + ":")));
    doc.add(details(c, f));
    doc.add(conversionMark(c, f));
    doc.add(
        body(
            c.kind() == CopyKind.REGISTER_COPY
                ? "Bản sao được cấp từ sổ gốc có giá trị sử dụng thay cho bản chính trong các giao"
                    + " dịch, trừ trường hợp pháp luật có quy định khác. Bản điện tử này có giá trị"
                    + " khi chữ ký số của đơn vị cấp còn nguyên vẹn."
                : "Bản sao tài liệu lưu trữ có chữ ký số của đơn vị cấp có giá trị sử dụng theo quy"
                    + " định của pháp luật về lưu trữ. Bản điện tử này có giá trị khi chữ ký số của"
                    + " đơn vị cấp còn nguyên vẹn."));
    IssuedDocument.signatureArea(
        doc,
        f,
        qr,
        c.code(),
        c.verifyUrl(),
        "Người chuẩn bị",
        c.preparerName(),
        c.signerTitle(),
        c.signerName());
  }

  private static Table details(CopyContent c, PdfA.Fonts f) {
    RecordInfo r = c.record();
    Table t = new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
    t.setFontSize(9).setMarginTop(2).setMarginBottom(8);
    IssuedDocument.row(t, f, "Đơn vị cấp bản sao", unit(c.issuingUnit(), true));
    IssuedDocument.row(t, f, "Đơn vị có tài liệu gốc", unit(c.originUnit(), false));
    IssuedDocument.row(t, f, "Loại tài liệu", r.typeName());
    IssuedDocument.row(t, f, "Số, ký hiệu", numberAndNotation(r));
    IssuedDocument.row(t, f, "Ngày văn bản", r.issuedDate() == null ? null : day(r.issuedDate()));
    IssuedDocument.row(t, f, "Cơ quan ban hành", r.issuingOrgan());
    IssuedDocument.row(t, f, "Phông lưu trữ", joined(r.fondsCode(), r.fondsName()));
    IssuedDocument.row(t, f, "Hồ sơ", joined(r.dossierCode(), r.dossierTitle()));
    IssuedDocument.row(t, f, "Mã tài liệu", r.documentCode());
    IssuedDocument.row(t, f, "Số trang sao", pagesCopied(c));
    IssuedDocument.row(t, f, "Sổ cấp bản sao", c.registerLabel());
    IssuedDocument.row(t, f, "Thời điểm cấp", IssuedDocument.time(c.issuedAt()));
    IssuedDocument.row(t, f, "Mã xác thực", c.code());
    return t;
  }

  /**
   * The conversion mark (Luật Giao dịch điện tử 2023, Điều 12): a record converted from paper must
   * say that it was converted and by whom; this copy also says it was issued from that conversion.
   */
  private static Div conversionMark(CopyContent c, PdfA.Fonts f) {
    String by = c.digitisedBy() == null ? "đơn vị lưu trữ" : nfc(c.digitisedBy());
    String on = c.digitisedOn() == null ? "" : " ngày " + day(c.digitisedOn());
    Div mark =
        new Div()
            .setBorder(new SolidBorder(new DeviceRgb(0x1F, 0x3A, 0x60), 1.2f))
            .setBackgroundColor(MARK_FILL)
            .setPaddings(5, 8, 5, 8)
            .setMarginBottom(8)
            .setKeepTogether(true);
    mark.add(
        new Paragraph("ĐÃ CHUYỂN ĐỔI TỪ VĂN BẢN GIẤY SANG DẠNG ĐIỆN TỬ")
            .setFont(f.bold())
            .setFontSize(10)
            .setTextAlignment(TextAlignment.CENTER)
            .setMargin(0));
    mark.add(
        new Paragraph("(Điều 12 Luật Giao dịch điện tử số 20/2023/QH15)")
            .setFontSize(8.5f)
            .setTextAlignment(TextAlignment.CENTER)
            .setMarginTop(0)
            .setMarginBottom(3));
    mark.add(
        new Paragraph()
            .add("Tài liệu gốc bằng giấy đã được chuyển đổi sang dạng điện tử (số hóa) bởi ")
            .add(new Text(by).setFont(f.bold()))
            .add(on + ". Bản sao này do ")
            .add(new Text(organ(c.issuingUnit())).setFont(f.bold()))
            .add(
                " cấp ngày "
                    + day(c.issuedAt().atZone(IssuedDocument.VIETNAM).toLocalDate())
                    + " từ bản số hóa đó; các trang sao là ảnh của bản số hóa, không sửa đổi.")
            .setFontSize(9)
            .setTextAlignment(TextAlignment.JUSTIFIED)
            .setMultipliedLeading(1.15f)
            .setMargin(0));
    return mark;
  }

  /**
   * What every scan page carries besides its scan, drawn once per document as two form XObjects and
   * placed on each page: the red "BẢN SAO" stamp, and the footer with the QR code, the code, the
   * link and the register number. Laying these out anew on every page cost more than the rest of
   * the page together.
   */
  private record Furniture(PdfFormXObject stamp, PdfFormXObject footer) {

    static Furniture of(CopyContent c, PdfADocument pdf, PdfA.Fonts f, PdfImageXObject qr) {
      float pad = 1.5f;
      PdfFormXObject stamp =
          new PdfFormXObject(new Rectangle(STAMP_WIDTH + 2 * pad, STAMP_HEIGHT + 2 * pad));
      PdfCanvas frame = new PdfCanvas(stamp, pdf);
      frame
          .setStrokeColor(STAMP_RED)
          .setLineWidth(1.8f)
          .rectangle(pad, pad, STAMP_WIDTH, STAMP_HEIGHT)
          .stroke();
      try (Canvas canvas = new Canvas(frame, stamp.getBBox().toRectangle())) {
        float middle = pad + STAMP_WIDTH / 2;
        canvas.showTextAligned(
            centred("BẢN SAO", f.bold(), 15).setFontColor(STAMP_RED).setCharacterSpacing(1.5f),
            middle,
            pad + STAMP_HEIGHT * 0.42f,
            TextAlignment.CENTER,
            VerticalAlignment.BOTTOM);
        canvas.showTextAligned(
            centred("Số: " + c.registerNo() + "/" + c.registerYear() + "/BS", f.regular(), 7.5f)
                .setFontColor(STAMP_RED),
            middle,
            pad + STAMP_HEIGHT * 0.14f,
            TextAlignment.CENTER,
            VerticalAlignment.BOTTOM);
      }
      float width = PageSize.A4.getWidth() - SCAN_LEFT - SCAN_RIGHT - 25 * MM;
      PdfFormXObject footer = new PdfFormXObject(new Rectangle(width, FOOTER_QR));
      try (Canvas canvas = new Canvas(footer, pdf)) {
        canvas.add(new Image(qr).scaleToFit(FOOTER_QR, FOOTER_QR).setFixedPosition(0, 0));
        canvas.add(
            new Div()
                .add(IssuedDocument.small("Mã xác thực: " + c.code(), f.bold()))
                .add(
                    IssuedDocument.small("Tra cứu tính xác thực tại " + c.verifyUrl(), f.regular()))
                .add(
                    IssuedDocument.small(
                        c.registerLabel() + " · " + organ(c.issuingUnit()), f.regular()))
                .setFixedPosition(FOOTER_QR + 3 * MM, 0, width - FOOTER_QR - 3 * MM)
                .setHeight(FOOTER_QR)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
      }
      return new Furniture(stamp, footer);
    }
  }

  /**
   * One scan on a page of its own (landscape scans on a landscape page), drawn straight on the
   * page's canvas: the scan tagged as a figure with its page number as alternative text, the stamp,
   * header, footer and page number as artifacts.
   */
  private static void scanPage(
      CopyContent c, PageScan scan, PdfADocument pdf, PdfA.Fonts f, Furniture furniture, int total)
      throws IOException {
    ImageData data = ScanImages.load(scan);
    PageSize size = data.getWidth() > data.getHeight() ? PageSize.A4.rotate() : PageSize.A4;
    PdfPage page = pdf.addNewPage(size);
    int pageNo = pdf.getPageNumber(page);
    float areaW = size.getWidth() - SCAN_LEFT - SCAN_RIGHT;
    float areaH = size.getHeight() - SCAN_TOP - SCAN_BOTTOM;
    // fit by pixel proportions: a scan's declared resolution is often missing or wrong
    float scale = Math.min(areaW / data.getWidth(), areaH / data.getHeight());
    float w = data.getWidth() * scale;
    float h = data.getHeight() * scale;
    Rectangle where =
        new Rectangle(SCAN_LEFT + (areaW - w) / 2, SCAN_BOTTOM + (areaH - h) / 2, w, h);
    PdfCanvas canvas = new PdfCanvas(page);

    TagTreePointer tag = new TagTreePointer(pdf).setPageForTagging(page);
    tag.addTag(StandardRoles.FIGURE)
        .getProperties()
        .setAlternateDescription(
            "Trang " + scan.pageNo() + " của tài liệu " + c.record().documentCode());
    canvas.openTag(tag.getTagReference());
    canvas.addXObjectFittedIntoRectangle(new PdfImageXObject(data), where);
    canvas.closeTag();
    tag.moveToParent();

    canvas.openTag(new CanvasArtifact());
    // a hairline round the scan: where the copied page ends
    canvas
        .saveState()
        .setStrokeColor(ColorConstants.LIGHT_GRAY)
        .setLineWidth(0.5f)
        .rectangle(where)
        .stroke()
        .restoreState();
    float top = size.getHeight() - 8 * MM;
    Rectangle stampBox = furniture.stamp().getBBox().toRectangle();
    canvas.addXObjectAt(
        furniture.stamp(),
        size.getWidth() - SCAN_RIGHT - stampBox.getWidth(),
        top - stampBox.getHeight());
    text(canvas, f.bold(), 8.5f, SCAN_LEFT, top - 5 * MM, organ(c.issuingUnit()).toUpperCase(VI));
    text(
        canvas,
        f.regular(),
        8.5f,
        SCAN_LEFT,
        top - 9 * MM,
        c.kind().title()
            + " · trang "
            + scan.pageNo()
            + " của tài liệu "
            + c.record().documentCode());
    canvas.addXObjectAt(furniture.footer(), SCAN_LEFT, FOOTER_Y - 1 * MM);
    String number = "Trang " + pageNo + "/" + total;
    float numberWidth = f.bold().getWidth(number, 9);
    text(
        canvas,
        f.bold(),
        9,
        size.getWidth() - SCAN_RIGHT - numberWidth,
        FOOTER_Y - 1 * MM + FOOTER_QR / 2 - 3,
        number);
    canvas.closeTag();
    canvas.release();
  }

  private static void text(PdfCanvas canvas, PdfFont font, float size, float x, float y, String s) {
    canvas.beginText().setFontAndSize(font, size).moveText(x, y).showText(nfc(s)).endText();
  }

  private static String unit(Unit u, boolean organ) {
    if (u == null) {
      return null;
    }
    String name = organ ? organ(u) : nfc(u.name());
    return u.code() == null ? name : name + " (mã " + u.code() + ")";
  }

  private static String numberAndNotation(RecordInfo r) {
    if (r.number() != null && r.notation() != null) {
      return r.number() + "/" + r.notation();
    }
    return r.number() != null ? r.number() : r.notation();
  }

  private static String joined(String code, String name) {
    if (code == null) {
      return name;
    }
    return name == null ? code : code + " – " + nfc(name);
  }

  /** "3 trang (trang 1, 2, 5 của tài liệu); bản sao gồm 4 trang kể cả trang chứng nhận". */
  private static String pagesCopied(CopyContent c) {
    List<PageScan> pages = c.pages();
    String which =
        pages.stream().map(p -> String.valueOf(p.pageNo())).collect(Collectors.joining(", "));
    return pages.size()
        + " trang (trang "
        + which
        + " của tài liệu); bản sao gồm "
        + (pages.size() + 1)
        + " trang kể cả trang này";
  }
}
