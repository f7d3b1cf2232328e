package vn.hoso.requests;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a VietQR bank-transfer code, so a resident can pay a fee by scanning it in any
 * Vietnamese banking app. VietQR is NAPAS's profile of the EMVCo merchant-presented QR code; this
 * builds its "transfer to an account" form with the amount and the reference filled in, so the
 * payment can be matched to the request it pays for.
 *
 * <p>The text is a sequence of TLV fields (two-digit id, two-digit length, value):
 *
 * <pre>
 * 00 "01"                 payload format
 * 01 "12"                 dynamic: the amount is set (11 would be a reusable code without one)
 * 38 { 00 "A000000727"    NAPAS
 *      01 { 00 bank BIN (6 digits), 01 account number }
 *      02 "QRIBFTTA" }    service: inter-bank fast transfer to an account
 * 53 "704"                currency VND (ISO 4217)
 * 54 amount               whole VND
 * 58 "VN"
 * 62 { 08 reference }     purpose of the transaction, shown as the transfer's message
 * 63 CRC                  CRC-16/CCITT-FALSE of everything before it, including "6304"
 * </pre>
 *
 * <p>The reference is restricted to ASCII letters, digits, space, '-' and '.': banks drop or mangle
 * Vietnamese diacritics in transfer messages, and a reference that arrives changed cannot be
 * matched.
 */
public final class VietQr {

  /** NAPAS's application identifier in field 38. */
  static final String NAPAS_GUID = "A000000727";

  /** Service code: inter-bank fast transfer to an account (not to a card). */
  static final String TO_ACCOUNT = "QRIBFTTA";

  public static final long MAX_AMOUNT = 999_999_999_999L;
  public static final int MAX_REFERENCE = 25;
  public static final int MAX_ACCOUNT = 19;

  private VietQr() {}

  /**
   * The payload of a transfer of {@code amountVnd} to the account, with the reference as message.
   *
   * @throws IllegalArgumentException with a Vietnamese message when an input is not allowed
   */
  public static String payload(
      String bankBin, String accountNumber, long amountVnd, String reference) {
    if (bankBin == null || !bankBin.matches("[0-9]{6}")) {
      throw new IllegalArgumentException("Mã BIN ngân hàng phải gồm đúng 6 chữ số.");
    }
    if (accountNumber == null || !accountNumber.matches("[0-9A-Za-z]{1," + MAX_ACCOUNT + "}")) {
      throw new IllegalArgumentException(
          "Số tài khoản phải gồm 1 đến "
              + MAX_ACCOUNT
              + " chữ số hoặc chữ cái, không có dấu cách.");
    }
    if (amountVnd < 1 || amountVnd > MAX_AMOUNT) {
      throw new IllegalArgumentException("Số tiền phải từ 1 đ đến " + Fees.vnd(MAX_AMOUNT) + ".");
    }
    checkReference(reference);
    String body =
        tlv("00", "01")
            + tlv("01", "12")
            + tlv(
                "38",
                tlv("00", NAPAS_GUID)
                    + tlv("01", tlv("00", bankBin) + tlv("01", accountNumber))
                    + tlv("02", TO_ACCOUNT))
            + tlv("53", "704")
            + tlv("54", Long.toString(amountVnd))
            + tlv("58", "VN")
            + tlv("62", tlv("08", reference))
            + "6304";
    return body + hex(crc16(body.getBytes(StandardCharsets.US_ASCII)));
  }

  /** Whether a payload ends with field 63 holding the right CRC of everything before it. */
  public static boolean crcValid(String payload) {
    if (payload == null || payload.length() < 8 || !payload.chars().allMatch(c -> c < 0x80)) {
      return false;
    }
    int at = payload.length() - 8;
    if (!payload.startsWith("6304", at)) {
      return false;
    }
    String body = payload.substring(0, at + 4);
    return hex(crc16(body.getBytes(StandardCharsets.US_ASCII)))
        .equalsIgnoreCase(payload.substring(at + 4));
  }

  /**
   * The fields of one TLV level, by id, in order: parse the value of 38 or 62 again to go down.
   *
   * @throws IllegalArgumentException when the text is not a sequence of TLV fields
   */
  public static Map<String, String> parseTopLevel(String payload) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    while (i < payload.length()) {
      if (i + 4 > payload.length()) {
        throw new IllegalArgumentException("truncated field header at " + i);
      }
      String id = payload.substring(i, i + 2);
      String len = payload.substring(i + 2, i + 4);
      if (!id.matches("[0-9]{2}") || !len.matches("[0-9]{2}")) {
        throw new IllegalArgumentException("bad field header '" + id + len + "' at " + i);
      }
      int n = Integer.parseInt(len);
      if (i + 4 + n > payload.length()) {
        throw new IllegalArgumentException("field " + id + " at " + i + " runs past the end");
      }
      if (out.putIfAbsent(id, payload.substring(i + 4, i + 4 + n)) != null) {
        throw new IllegalArgumentException("field " + id + " appears twice");
      }
      i += 4 + n;
    }
    return out;
  }

  /** One field: id, two-digit length, value. */
  static String tlv(String id, String value) {
    if (value.length() > 99) {
      throw new IllegalArgumentException(
          "field " + id + " is " + value.length() + " characters long; at most 99 fit");
    }
    return id + String.format("%02d", value.length()) + value;
  }

  /** CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. */
  static int crc16(byte[] data) {
    int crc = 0xFFFF;
    for (byte b : data) {
      crc ^= (b & 0xFF) << 8;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
        crc &= 0xFFFF;
      }
    }
    return crc;
  }

  private static String hex(int crc) {
    return String.format("%04X", crc);
  }

  private static void checkReference(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException(
          "Chưa có nội dung chuyển khoản (mã hồ sơ), cần để đối soát khoản thanh toán.");
    }
    if (reference.length() > MAX_REFERENCE) {
      throw new IllegalArgumentException(
          "Nội dung chuyển khoản dài tối đa " + MAX_REFERENCE + " ký tự.");
    }
    if (!reference.equals(reference.strip())) {
      throw new IllegalArgumentException(
          "Nội dung chuyển khoản không được bắt đầu hoặc kết thúc bằng dấu cách.");
    }
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 0x80
          && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
        throw new IllegalArgumentException(
            "Nội dung chuyển khoản không được có dấu tiếng Việt: hãy viết không dấu (ví dụ"
                + " \"HS-2026-000123\").");
      }
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == ' '
              || c == '-'
              || c == '.';
      if (!ok) {
        throw new IllegalArgumentException(
            "Nội dung chuyển khoản chỉ được gồm chữ cái không dấu, chữ số, dấu cách, dấu gạch"
                + " ngang và dấu chấm.");
      }
    }
  }
}
