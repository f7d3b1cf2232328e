package vn.hoso.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

  @Test
  void codesAreTwelveUnambiguousSymbolsAndDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String c = VerificationCodes.next();
      assertTrue(c.matches("[0-9A-HJKMNP-TV-Z]{12}"), c);
      assertTrue(seen.add(c), "repeated: " + c);
    }
  }

  @Test
  void whatAPersonTypesIsRead() {
    String c = "7KQ2M9XD4FHT";
    assertEquals("7KQ2-M9XD-4FHT", VerificationCodes.grouped(c));
    assertEquals(Optional.of(c), VerificationCodes.parse("7kq2-m9xd-4fht"));
    assertEquals(Optional.of(c), VerificationCodes.parse(" 7KQ2 M9XD 4FHT "));
    // O read as zero, I and L as one
    assertEquals(Optional.of("10A0B00C0D00"), VerificationCodes.parse("IOAOBOOCODOO"));
    assertEquals(Optional.of("1111AAAA2222"), VerificationCodes.parse("ILil-AAAA-2222"));
  }

  @Test
  void anythingElseIsNoCode() {
    for (String bad :
        new String[] {
          null,
          "",
          "7KQ2-M9XD",
          "7KQ2-M9XD-4FHTX",
          "7KQ2-M9XD-4FH!",
          "../../etc/passwd",
          "7KQ2-M9XD-4FHU",
          "x".repeat(10_000),
          "ＡＢＣＤ-ＥＦＧＨ-ＪＫＭＮ"
        }) {
      assertEquals(Optional.empty(), VerificationCodes.parse(bad), String.valueOf(bad));
    }
  }
}
