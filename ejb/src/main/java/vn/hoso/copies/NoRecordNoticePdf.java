package vn.hoso.copies;

import static vn.hoso.copies.IssuedDocument.FIRST_PAGE_BOTTOM;
import static vn.hoso.copies.IssuedDocument.LEFT;
import static vn.hoso.copies.IssuedDocument.RIGHT;
import static vn.hoso.copies.IssuedDocument.TOP;
import static vn.hoso.copies.IssuedDocument.body;
import static vn.hoso.copies.IssuedDocument.nfc;
import static vn.hoso.copies.IssuedDocument.organ;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.pdfa.PdfADocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.hoso.pdf.PdfA;

/**
 * The answer to a request for a copy when the archive holds no matching record: a one-page PDF/A-2B
 * notice (thông báo) that the unit searched the archive it holds — including what it took over from
 * the former units merged into it — and found nothing matching the request. It says only what the
 * search found, not that the record never existed. Signed by the unit like a copy, visibly into
 * {@link #signatureBox()}.
 */
public final class NoRecordNoticePdf {

  private NoRecordNoticePdf() {}

  /** Page 1's rectangle reserved for the unit's visible signature (A4 portrait, in points). */
  public static Rectangle signatureBox() {
    return IssuedDocument.SIGNATURE_BOX.clone();
  }

  /**
   * The unsigned notice.
   *
   * @throws IllegalStateException if the DejaVu fonts are missing
   */
  public static byte[] build(NoticeContent n) {
    PdfA.requireFont(PdfA.DEFAULT_FONT_DIR, "DejaVuSans.ttf");
    PdfA.requireFont(PdfA.DEFAULT_FONT_DIR, "DejaVuSans-Bold.ttf");
    ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
    try (PdfWriter writer = new PdfWriter(out, PdfA.writerProperties());
        PdfADocument pdf = PdfA.open(writer);
        Document doc = new Document(pdf, PageSize.A4, false)) {
      PdfDocumentInfo info = pdf.getDocumentInfo();
      info.setTitle("Thông báo không tìm thấy tài liệu " + n.registerLabel());
      info.setAuthor(organ(n.issuingUnit()));
      info.setSubject("Trả lời yêu cầu " + n.requestReference() + ", mã xác thực " + n.code());
      info.setKeywords("thông báo; không tìm thấy tài liệu; " + n.code());
      PdfA.Fonts f = PdfA.sansFonts(PdfA.DEFAULT_FONT_DIR);
      doc.setFont(f.regular()).setFontSize(10.5f);
      doc.setMargins(TOP, RIGHT, FIRST_PAGE_BOTTOM, LEFT);
      PdfImageXObject qr = IssuedDocument.qr(pdf, n.verifyUrl());

      IssuedDocument.letterhead(
          doc,
          f,
          n.issuingUnit(),
          "Số: " + n.registerNo() + "/" + n.registerYear() + "/TB",
          n.issuedAt());
      doc.add(
          new Paragraph("THÔNG BÁO KHÔNG TÌM THẤY TÀI LIỆU")
              .setFont(f.bold())
              .setFontSize(14)
              .setTextAlignment(TextAlignment.CENTER)
              .setMargin(0));
      doc.add(
          new Paragraph("Về việc trả lời yêu cầu cung cấp bản sao tài liệu lưu trữ")
              .setTextAlignment(TextAlignment.CENTER)
              .setMarginTop(1)
              .setMarginBottom(10));
      doc.add(
          new Paragraph()
              .add(new Text("Kính gửi: ").setFont(f.bold()))
              .add(nfc(n.requesterName()))
              .setTextAlignment(TextAlignment.CENTER)
              .setMarginBottom(10));
      doc.add(
          body(
              organ(n.issuingUnit())
                  + " nhận được yêu cầu số "
                  + nfc(n.requestReference())
                  + " lúc "
                  + IssuedDocument.time(n.receivedAt())
                  + ", đề nghị cung cấp bản sao tài liệu sau:"));
      Table t =
          new Table(UnitValue.createPercentArray(new float[] {30, 70})).useAllAvailableWidth();
      t.setFontSize(9.5f).setMarginTop(2).setMarginBottom(8);
      IssuedDocument.row(t, f, "Loại tài liệu", n.soughtKind());
      IssuedDocument.row(t, f, "Thông tin tài liệu", n.soughtDescription());
      IssuedDocument.row(t, f, "Số yêu cầu", n.requestReference());
      IssuedDocument.row(t, f, "Ngày tiếp nhận", IssuedDocument.time(n.receivedAt()));
      doc.add(t);
      doc.add(
          body(
              "Sau khi tra tìm trong tài liệu lưu trữ do đơn vị đang quản lý, gồm cả tài liệu tiếp"
                  + " nhận từ các đơn vị hành chính trước khi sắp xếp, "
                  + organ(n.issuingUnit())
                  + " thông báo: không tìm thấy tài liệu phù hợp với yêu cầu nêu trên."));
      doc.add(
          body(
              "Thông báo này xác nhận kết quả tra tìm trong kho lưu trữ của đơn vị tại thời điểm"
                  + " trả lời, không xác nhận tài liệu không tồn tại. Người yêu cầu có thể bổ sung"
                  + " thông tin (năm, nơi lập, tên người liên quan) để đơn vị tra tìm lại, hoặc liên"
                  + " hệ cơ quan lưu trữ lịch sử cấp tỉnh."));
      doc.add(
          body(
              "Thông báo được vào sổ của đơn vị, "
                  + n.registerLabel()
                  + "; mã xác thực "
                  + n.code()
                  + "."));
      IssuedDocument.signatureArea(
          doc,
          f,
          qr,
          n.code(),
          n.verifyUrl(),
          "Người tra tìm",
          n.clerkName(),
          n.signerTitle(),
          n.signerName());
      int pages = pdf.getNumberOfPages();
      for (int i = 1; i <= pages; i++) {
        IssuedDocument.footer(
            doc,
            f,
            i,
            pages,
            PageSize.A4.getWidth(),
            "Thông báo " + n.registerLabel() + " · Mã xác thực: " + n.code());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the notice " + n.code(), e);
    }
    return out.toByteArray();
  }
}
