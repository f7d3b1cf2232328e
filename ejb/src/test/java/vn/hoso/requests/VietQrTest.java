package vn.hoso.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VietQR transfer payload (NAPAS profile of EMVCo merchant-presented QR): field layout, the
 * CRC-16/CCITT-FALSE checksum, and the inputs it refuses.
 */
class VietQrTest {

  @Test
  void crcOfTheStandardCheckString() {
    assertEquals(0x29B1, VietQr.crc16("123456789".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(0xFFFF, VietQr.crc16(new byte[0]));
  }

  /** Published VietQR codes decoded by banking apps: the payload must match them byte for byte. */
  @ParameterizedTest(name = "{0} {1} {2} \"{3}\"")
  @CsvSource({
    "970436, 1234567890, 50000, TEST MEMO, 00020101021238540010A00000072701240006970436011012345678"
        + "900208QRIBFTTA53037045405500005802VN62130809TEST MEMO6304DBA4",
    "970416, 257678859, 10000, Chuyen tien, 00020101021238530010A0000007270123000697041601092576788"
        + "590208QRIBFTTA53037045405100005802VN62150811Chuyen tien630453E6",
  })
  void knownCodes(String bin, String account, long amount, String reference, String expected) {
    assertEquals(expected, VietQr.payload(bin, account, amount, reference));
    assertTrue(VietQr.crcValid(expected));
  }

  @Test
  void roundTrip() {
    String p = VietQr.payload("970422", "0011001234567", 36_000, "HS-2026-000123");
    assertTrue(VietQr.crcValid(p));
    Map<String, String> top = VietQr.parseTopLevel(p);
    assertEquals(
        List.of("00", "01", "38", "53", "54", "58", "62", "63"), List.copyOf(top.keySet()));
    assertEquals("01", top.get("00"));
    assertEquals("12", top.get("01"));
    assertEquals("704", top.get("53"));
    assertEquals("36000", top.get("54"));
    assertEquals("VN", top.get("58"));
    assertEquals(4, top.get("63").length());
    assertTrue(top.get("63").matches("[0-9A-F]{4}"));
    Map<String, String> merchant = VietQr.parseTopLevel(top.get("38"));
    assertEquals("A000000727", merchant.get("00"));
    assertEquals("QRIBFTTA", merchant.get("02"));
    Map<String, String> beneficiary = VietQr.parseTopLevel(merchant.get("01"));
    assertEquals(Map.of("00", "970422", "01", "0011001234567"), beneficiary);
    assertEquals(Map.of("08", "HS-2026-000123"), VietQr.parseTopLevel(top.get("62")));
  }

  @Test
  void theCrcChangesWhenOneCharacterChanges() {
    String p = VietQr.payload("970422", "0011001234567", 36_000, "HS-2026-000123");
    for (int i = 0; i < p.length() - 4; i++) {
      char c = p.charAt(i);
      String changed = p.substring(0, i) + (char) (c == '9' ? '8' : c + 1) + p.substring(i + 1);
      assertFalse(VietQr.crcValid(changed), "changed at " + i);
    }
    String amount = VietQr.payload("970422", "0011001234567", 36_001, "HS-2026-000123");
    assertTrue(VietQr.crcValid(amount));
    assertFalse(amount.substring(amount.length() - 4).equals(p.substring(p.length() - 4)));
    // lower-case hex is accepted, a missing or cut CRC is not
    String lower = p.substring(0, p.length() - 4) + p.substring(p.length() - 4).toLowerCase();
    assertTrue(VietQr.crcValid(lower));
    assertFalse(VietQr.crcValid(p.substring(0, p.length() - 1)));
    assertFalse(VietQr.crcValid(p.substring(0, p.length() - 8)));
    assertFalse(VietQr.crcValid(null));
    assertFalse(VietQr.crcValid("6304"));
  }

  @ParameterizedTest(name = "bin \"{0}\" refused")
  @ValueSource(strings = {"", "97042", "9704221", "97042a", "９７０４２２", " 970422"})
  void badBin(String bin) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VietQr.payload(bin, "123", 1000, "HS-1"));
    assertEquals("Mã BIN ngân hàng phải gồm đúng 6 chữ số.", e.getMessage());
  }

  @ParameterizedTest(name = "account \"{0}\" refused")
  @ValueSource(strings = {"", "12345678901234567890", "0011 0012", "0011-0012", "tài123"})
  void badAccount(String account) {
    assertThrows(
        IllegalArgumentException.class, () -> VietQr.payload("970422", account, 1000, "HS-1"));
  }

  @Test
  void accountOfNineteenCharactersFits() {
    assertTrue(VietQr.crcValid(VietQr.payload("970422", "1234567890ABCDEFGHI", 1, "HS-1")));
  }

  @ParameterizedTest(name = "amount {0} refused")
  @ValueSource(longs = {0, -1, 1_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE})
  void badAmount(long amount) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VietQr.payload("970422", "123", amount, "HS-1"));
    assertEquals("Số tiền phải từ 1 đ đến 999.999.999.999 đ.", e.getMessage());
  }

  @Test
  void largestAmountFits() {
    String p = VietQr.payload("970422", "123", 999_999_999_999L, "HS-1");
    assertEquals("999999999999", VietQr.parseTopLevel(p).get("54"));
  }

  @ParameterizedTest(name = "reference \"{0}\" refused: {1}")
  @CsvSource({
    "'HS-2026-000123-XXXXXXXXXXX', dài tối đa 25",
    "'Phí sao y HS-1',             không được có dấu tiếng Việt",
    "'Đ',                          không được có dấu tiếng Việt",
    "'Phi sao y',                  không được có dấu tiếng Việt",
    "'HS_1',                       chỉ được gồm",
    "'HS/1',                       chỉ được gồm",
    "'HS\t1',                      chỉ được gồm",
    "'HS 1 ',                      không được bắt đầu hoặc kết thúc",
    "'   ',                        Chưa có nội dung",
    "'',                           Chưa có nội dung",
  })
  void badReference(String reference, String message) {
    String ref = reference.replace("Phi sao y", "Phe\u0301 sao y");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> VietQr.payload("970422", "123", 1000, ref));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void nullsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> VietQr.payload(null, "1", 1, "HS-1"));
    assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970422", null, 1, "HS-1"));
    assertThrows(IllegalArgumentException.class, () -> VietQr.payload("970422", "1", 1, null));
  }

  @Test
  void aValueLongerThanNinetyNineCharactersDoesNotFitTheLengthField() {
    assertEquals("0899" + "x".repeat(99), VietQr.tlv("08", "x".repeat(99)));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VietQr.tlv("08", "x".repeat(100)));
    assertTrue(e.getMessage().contains("at most 99"), e.getMessage());
  }

  @ParameterizedTest(name = "\"{0}\" is not TLV")
  @ValueSource(strings = {"000", "0002", "00020", "AB0201", "000201X", "00020100020"})
  void malformedTlvIsRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> VietQr.parseTopLevel(text));
  }
}
