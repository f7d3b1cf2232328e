package vn.hoso.ingest.check;

import java.util.Locale;

/**
 * Every problem code with its Vietnamese message, kept in one place so the wording stays
 * consistent. A message is a location prefix ("Tệp data/dossiers.csv, dòng 3, cột start_date: ",
 * built by {@link Problems}) followed by the template filled with {@link String#format}; each
 * template says what is wrong and what to do. Row numbers count data rows (the header row is not
 * counted), as in {@link IngestProblem#row()}.
 */
enum Msg {
  // --- the .zip --------------------------------------------------------------------------------
  ZIP_UNREADABLE(
      "zip.unreadable",
      "không đọc được tệp zip (%s). Hãy nén lại thư mục gói bằng công cụ nén thông dụng"
          + " (định dạng .zip) rồi gửi lại."),
  ZIP_EMPTY("zip.empty", "tệp zip không chứa tệp nào. Hãy nén thư mục gói rồi gửi lại."),
  ZIP_SLIP(
      "zip.slip",
      "đường dẫn không an toàn (%s); mọi tệp phải nằm bên trong thư mục gói. Hãy nén lại đúng"
          + " thư mục gói, không dùng đường dẫn tuyệt đối, “..”, dấu “\\” hay ký hiệu ổ đĩa."),
  ZIP_LINK(
      "zip.link",
      "là liên kết (symlink) hoặc tệp đặc biệt, không được phép trong gói. Hãy thay liên kết bằng"
          + " tệp thật rồi nén lại."),
  ZIP_ENCRYPTED(
      "zip.encrypted",
      "được mã hoá bằng mật khẩu. Gói không được đặt mật khẩu; hãy nén lại không dùng mật khẩu."),
  ZIP_ENTRIES(
      "zip.entries",
      "tệp zip có %,d mục, vượt giới hạn %,d mục. Hãy chia thành nhiều gói nhỏ hơn."),
  ZIP_SIZE(
      "zip.size",
      "dung lượng sau khi giải nén vượt giới hạn %,d byte. Hãy chia thành nhiều gói nhỏ hơn."),
  ZIP_BOMB(
      "zip.bomb",
      "tỷ lệ nén bất thường (hơn %,d lần), dấu hiệu của “bom zip”. Gói bị từ chối; hãy kiểm tra"
          + " lại tệp này rồi nén lại gói."),
  ZIP_DUPLICATE(
      "zip.duplicate",
      "xuất hiện hơn một lần trong tệp zip. Hãy nén lại để mỗi tệp chỉ có một lần."),
  ZIP_CORRUPT("zip.corrupt", "bị hỏng (%s). Hãy nén lại và gửi lại gói."),
  ZIP_LAYOUT(
      "zip.layout",
      "không tìm thấy gói BagIt trong tệp zip: cần đúng một thư mục gói ở gốc tệp zip (chứa"
          + " bagit.txt) hoặc bagit.txt ngay ở gốc. Hãy nén đúng thư mục gói rồi gửi lại."),
  ZIP_IGNORED("zip.ignored", "là tệp phụ do máy Mac tạo khi nén, đã bỏ qua."),

  // --- the bag ---------------------------------------------------------------------------------
  BAG_LINK(
      "bag.link",
      "là liên kết (symlink) hoặc tệp đặc biệt; gói không được chứa liên kết. Hãy thay bằng tệp"
          + " thật, lập lại manifest rồi gửi lại."),
  BAG_BAGIT_MISSING(
      "bag.bagit.missing",
      "không có trong gói, nên đây không phải một gói BagIt. Hãy lập gói bằng công cụ BagIt rồi"
          + " gửi lại."),
  BAG_BAGIT_INVALID(
      "bag.bagit.invalid",
      "không đúng quy định BagIt (%s). Tệp phải có hai dòng “BagIt-Version: 1.0” và"
          + " “Tag-File-Character-Encoding: UTF-8”."),
  BAG_FETCH(
      "bag.fetch",
      "gói có tệp fetch.txt (yêu cầu tải tệp từ nơi khác), nhưng gói bàn giao phải chứa đủ mọi"
          + " tệp. Hãy bỏ fetch.txt, đưa các tệp vào thư mục data rồi lập lại gói."),
  BAG_UNREADABLE(
      "bag.unreadable", "không đọc được gói (%s). Hãy lập lại gói bằng công cụ BagIt rồi gửi lại."),
  BAG_MANIFEST_MISSING(
      "bag.manifest.missing",
      "không có trong gói; gói phải có danh sách mã SHA-256 của mọi tệp trong data. Hãy lập lại"
          + " gói với thuật toán SHA-256."),
  BAG_MANIFEST_INVALID(
      "bag.manifest.invalid", "không đọc được (%s). Hãy lập lại gói bằng công cụ BagIt."),
  BAG_MANIFEST_PATH(
      "bag.manifest.path", "ghi một đường dẫn ra ngoài thư mục gói (%s). Hãy lập lại gói."),
  BAG_FILE_MISSING(
      "bag.file.missing",
      "có trong manifest nhưng không có trong gói. Hãy bổ sung tệp hoặc lập lại manifest."),
  BAG_FILE_UNLISTED(
      "bag.file.unlisted",
      "có trong thư mục data nhưng không có trong manifest-sha256.txt. Hãy lập lại manifest"
          + " (hoặc bỏ tệp thừa)."),
  BAG_CHECKSUM(
      "bag.manifest.checksum",
      "mã SHA-256 không khớp: manifest ghi %s nhưng nội dung tệp cho %s. Tệp đã bị thay đổi hoặc"
          + " hỏng khi sao chép; hãy sao chép lại tệp hoặc lập lại manifest."),
  BAG_OXUM(
      "bag.oxum",
      "Payload-Oxum ghi “%s” (số byte.số tệp) nhưng thư mục data có %s. Có tệp bị thiếu, thừa"
          + " hoặc bị thay đổi; hãy lập lại gói."),
  BAG_INFO_MISSING(
      "bag.info.missing", "thiếu trường bắt buộc. Hãy bổ sung vào bag-info.txt, ví dụ “%s”."),
  BAG_INFO_SYNTAX(
      "bag.info.syntax",
      "dòng “%s” không đúng dạng “Tên-trường: giá trị” (dòng viết tiếp phải bắt đầu bằng dấu cách"
          + " hoặc tab). Hãy sửa lại bag-info.txt."),
  BAG_INFO_INVALID(
      "bag.info.invalid", "giá trị “%s” không hợp lệ: %s. Hãy sửa lại trong bag-info.txt."),
  UNIT_UNKNOWN(
      "unit.unknown", "không có đơn vị hành chính mã “%s” trong %s. Hãy kiểm tra lại mã đơn vị."),

  // --- CSV files -------------------------------------------------------------------------------
  CSV_FILE_MISSING(
      "csv.file.missing",
      "không có trong gói. Gói phải có data/fonds.csv, data/dossiers.csv và data/documents.csv."),
  CSV_FILE_SIZE(
      "csv.file.size",
      "tệp lớn %,d byte, vượt giới hạn %,d byte. Hãy chia thành nhiều gói nhỏ hơn."),
  CSV_ENCODING(
      "csv.encoding",
      "tệp không phải mã UTF-8 (byte thứ %,d của tệp không hợp lệ). Có thể tệp được lưu bằng"
          + " bảng mã khác (Windows-1258, TCVN3, VNI...). Hãy lưu lại tệp dưới dạng “CSV UTF-8”"
          + " rồi gửi lại."),
  CSV_SYNTAX(
      "csv.syntax",
      "sai cú pháp CSV (%s). Giá trị có dấu phẩy hoặc xuống dòng phải đặt trong ngoặc kép, và"
          + " dấu ngoặc kép bên trong giá trị phải viết thành hai dấu."),
  CSV_HEADER("csv.header", "dòng tiêu đề không hợp lệ: %s."),
  CSV_COLUMN_MISSING(
      "csv.column.missing", "thiếu cột bắt buộc. Hãy thêm cột “%s” vào dòng tiêu đề."),
  CSV_COLUMN_UNKNOWN(
      "csv.column.unknown",
      "cột “%s” không có trong quy định nên đã bỏ qua. Nếu tên cột viết sai, hãy sửa lại."),
  CSV_ROWS(
      "csv.rows", "tệp có hơn %,d dòng dữ liệu, vượt giới hạn. Hãy chia thành nhiều gói nhỏ hơn."),
  CSV_ROW_FIELDS(
      "csv.row.fields",
      "dòng có %d giá trị nhưng dòng tiêu đề có %d cột. Hãy kiểm tra dấu phẩy và dấu ngoặc kép"
          + " trong dòng này."),
  CSV_CELL_SIZE(
      "csv.cell.size", "giá trị dài %,d ký tự, vượt giới hạn %,d ký tự. Hãy rút gọn nội dung."),
  CSV_VALUE_MISSING("csv.value.missing", "thiếu giá trị bắt buộc. Hãy điền giá trị cho cột này."),
  CSV_VALUE_DATE(
      "csv.value.date",
      "ngày “%s” không hợp lệ (định dạng YYYY-MM-DD). Hãy sửa lại, ví dụ 2024-01-31."),
  CSV_VALUE_DATE_ORDER(
      "csv.value.date_order",
      "ngày kết thúc “%s” sớm hơn ngày bắt đầu “%s”. Hãy kiểm tra lại hai ngày này."),
  CSV_VALUE_ENUM("csv.value.enum", "giá trị “%s” không hợp lệ; chỉ được dùng: %s."),
  CSV_VALUE_INTEGER("csv.value.integer", "giá trị “%s” không hợp lệ: cần %s."),
  CSV_VALUE_BOOLEAN(
      "csv.value.boolean",
      "giá trị “%s” không hợp lệ; chỉ được dùng “true”, “false” hoặc để trống."),
  CSV_VALUE_CODE(
      "csv.value.code",
      "mã “%s” không hợp lệ: mã chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 100 ký"
          + " tự), bắt đầu bằng chữ hoặc số, vì mã được dùng làm tên thư mục và tên tệp."),
  CSV_VALUE_SUBJECT_ID(
      "csv.value.subject_id",
      "số định danh “%s” không hợp lệ: phải gồm đúng 12 chữ số (CCCD) hoặc 9 chữ số (CMND)."),
  CSV_VALUE_LIST_LENGTH(
      "csv.value.list_length",
      "có %d giá trị nhưng cột %s có %d giá trị; các danh sách phải theo cùng thứ tự, cùng số"
          + " phần tử, cách nhau bằng dấu chấm phẩy."),
  CSV_VALUE_YEAR("csv.value.year", "năm “%s” không hợp lệ: %s."),
  FONDS_ROWS("fonds.rows", "tệp phải có đúng một dòng dữ liệu nhưng có %d dòng."),
  FONDS_ORIGIN_UNIT(
      "fonds.origin_unit",
      "“%s” khác với Hoso-Origin-Unit “%s” trong bag-info.txt; hai giá trị phải giống nhau."),
  DOSSIER_DUPLICATE(
      "dossier.duplicate",
      "mã hồ sơ “%s” bị trùng (cũng có ở dòng %d). Mỗi hồ sơ phải có mã riêng; các hồ sơ trùng"
          + " mã đều bị từ chối."),
  DOSSIER_FONDS("dossier.fonds", "mã phông “%s” khác với mã phông “%s” trong data/fonds.csv."),
  DOSSIER_DOCUMENT_COUNT(
      "dossier.document_count",
      "hồ sơ khai %d văn bản nhưng data/documents.csv có %d văn bản của hồ sơ “%s”. Hãy sửa số"
          + " lượng hoặc bổ sung văn bản."),
  DOSSIER_PAGE_COUNT(
      "dossier.page_count",
      "hồ sơ khai %d trang nhưng các tệp của hồ sơ “%s” có %d trang. Hãy sửa số trang hoặc bổ"
          + " sung tệp."),
  DOSSIER_DATES(
      "dossier.dates",
      "ngày văn bản “%s” nằm ngoài khoảng %s – %s của hồ sơ “%s”. Hãy kiểm tra lại ngày."),
  DOCUMENT_DUPLICATE(
      "document.duplicate",
      "mã văn bản “%s” bị trùng (cũng có ở dòng %d). Mỗi văn bản phải có mã riêng trong gói."),
  DOCUMENT_DOSSIER_UNKNOWN(
      "document.dossier.unknown",
      "hồ sơ “%s” không có trong data/dossiers.csv (hoặc dòng của hồ sơ đó có lỗi mã). Hãy bổ"
          + " sung hồ sơ hoặc sửa mã hồ sơ."),
  DOCUMENT_ORDINAL_DUPLICATE(
      "document.ordinal.duplicate",
      "số thứ tự %d bị trùng với văn bản “%s” (dòng %d) trong cùng hồ sơ."),
  DOCUMENT_PAGE_COUNT(
      "document.page_count",
      "văn bản khai %d trang nhưng tệp của văn bản có %d trang. Hãy sửa số trang hoặc bổ sung"
          + " tệp."),

  // --- payload files ---------------------------------------------------------------------------
  FILE_MISSING(
      "file.missing",
      "không tìm thấy tệp của văn bản “%s”: cần tệp %s.pdf hoặc thư mục %s/ chứa các trang ảnh"
          + " 0001.png, 0002.png..."),
  FILE_AMBIGUOUS(
      "file.ambiguous",
      "văn bản “%s” có cả tệp PDF lẫn thư mục trang ảnh; chỉ được dùng một trong hai."),
  FILE_TYPE(
      "file.type",
      "nội dung tệp là %s, không phải %s như đuôi tên tệp. Hãy thay bằng đúng tệp hoặc đặt lại"
          + " tên cho đúng."),
  FILE_TYPE_EXTENSION(
      "file.type.extension",
      "nội dung là %s dù đuôi tên tệp là “.%s”; đã nhận theo nội dung thật. Nên đặt lại đuôi"
          + " tên cho đúng."),
  FILE_NAME(
      "file.name",
      "tên tệp không đúng quy định trong thư mục của văn bản “%s”: trang ảnh phải đặt tên 0001,"
          + " 0002... với đuôi tif, tiff, png, jpg hoặc jpeg."),
  FILE_PAGE_MISSING(
      "file.page.missing",
      "thiếu trang số %s của văn bản “%s”: các trang phải đánh số liên tục từ 0001."),
  FILE_PAGE_DUPLICATE("file.page.duplicate", "trang số %s của văn bản “%s” có hơn một tệp."),
  FILE_PIXELS(
      "file.pixels",
      "ảnh có %,d × %,d điểm ảnh, vượt giới hạn %,d điểm ảnh. Hãy quét lại với độ phân giải thấp"
          + " hơn (ví dụ 300 dpi)."),
  FILE_IMAGE_UNREADABLE(
      "file.image.unreadable",
      "không đọc được ảnh (%s); tệp có thể bị hỏng hoặc bị cắt cụt. Hãy quét hoặc sao chép lại"
          + " tệp."),
  FILE_PDF_UNREADABLE("file.pdf.unreadable", "không đọc được tệp PDF (%s). Hãy xuất lại tệp PDF."),
  FILE_PDF_ENCRYPTED(
      "file.pdf.encrypted",
      "tệp PDF được đặt mật khẩu hoặc mã hoá. Hãy gỡ mật khẩu và mã hoá rồi gửi lại."),
  FILE_PDF_PAGES(
      "file.pdf.pages",
      "tệp PDF có hơn %,d trang, vượt giới hạn. Hãy tách thành nhiều văn bản nhỏ hơn."),
  FILE_TEXT_ENCODING(
      "file.text.encoding",
      "tệp văn bản OCR không phải mã UTF-8 (byte thứ %,d không hợp lệ). Hãy lưu lại dưới dạng"
          + " UTF-8."),
  FILE_TEXT_PAGES(
      "file.text.pages",
      "tệp văn bản OCR có %d trang (ngăn cách bằng ký tự sang trang U+000C) nhưng văn bản có %d"
          + " trang."),
  FILE_UNCLAIMED(
      "file.unclaimed", "tệp không thuộc văn bản nào trong data/documents.csv nên không được lưu.");

  final String code;
  final String template;

  Msg(String code, String template) {
    this.code = code;
    this.template = template;
  }

  /** The filled template; numbers are grouped the Vietnamese way (1.234.567). */
  String format(Object... args) {
    return String.format(VI, template, args);
  }

  static final Locale VI = Locale.forLanguageTag("vi-VN");

  /**
   * A value quoted into a message: control characters shown as U+XXXX and long values cut, so a
   * hostile cell cannot flood the report.
   */
  static String show(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (++count > 80) {
        sb.append('…');
        break;
      }
      if (Character.isISOControl(cp)) {
        sb.append(String.format("U+%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }
}
