package vn.hoso.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** The small pieces of written Vietnamese that forms and decisions are made of. */
final class VietnameseText {

  static final Locale VI = Locale.forLanguageTag("vi-VN");

  private static final String[] DIGITS = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
  };

  private VietnameseText() {}

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  static String upper(String s) {
    return s.toUpperCase(VI);
  }

  /**
   * "ngày 05 tháng 3 năm 2019", as Decree 30/2020/NĐ-CP (thể thức văn bản) wants it: a day below 10
   * and the months January and February take a leading zero, so that nobody can add a digit later.
   */
  static String longDate(LocalDate d) {
    int m = d.getMonthValue();
    return "ngày "
        + String.format("%02d", d.getDayOfMonth())
        + " tháng "
        + (m <= 2 ? "0" + m : Integer.toString(m))
        + " năm "
        + d.getYear();
  }

  /** "12/03/2019", the way forms print a date of birth. */
  static String shortDate(LocalDate d) {
    return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }

  /**
   * A date in words, as the birth register repeats the date of birth ("ghi bằng chữ") so that it
   * cannot be altered: "ngày mười hai, tháng ba, năm hai nghìn không trăm mười chín".
   */
  static String dateInWords(LocalDate d) {
    int m = d.getMonthValue();
    String month = m == 4 ? "tư" : number(m);
    return "ngày "
        + number(d.getDayOfMonth())
        + ", tháng "
        + month
        + ", năm "
        + number(d.getYear());
  }

  /** A non-negative number in words: 2019 → "hai nghìn không trăm mười chín". */
  static String number(long n) {
    if (n == 0) {
      return "không";
    }
    if (n >= 1_000_000_000L) {
      String high = number(n / 1_000_000_000L) + " tỷ";
      long low = n % 1_000_000_000L;
      return low == 0 ? high : high + " " + belowBillion(low, true);
    }
    return belowBillion(n, false);
  }

  private static String belowBillion(long n, boolean full) {
    long[] scale = {1_000_000, 1_000, 1};
    String[] name = {" triệu", " nghìn", ""};
    StringBuilder out = new StringBuilder();
    boolean higher = full;
    for (int i = 0; i < 3; i++) {
      int g = (int) (n / scale[i] % 1000);
      if (g == 0) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(triple(g, higher)).append(name[i]);
      higher = true;
    }
    return out.toString();
  }

  /**
   * One group of three digits. {@code full}: a higher group precedes, so the hundreds are spoken
   * even when zero ("hai nghìn không trăm mười chín").
   */
  private static String triple(int n, boolean full) {
    int h = n / 100;
    int t = n / 10 % 10;
    int u = n % 10;
    StringBuilder s = new StringBuilder();
    if (h > 0 || full) {
      s.append(DIGITS[h]).append(" trăm");
      if (t == 0 && u > 0) {
        s.append(" linh ").append(DIGITS[u]);
        return s.toString();
      }
    }
    if (t == 0 && u == 0) {
      return s.toString();
    }
    if (s.length() > 0) {
      s.append(' ');
    }
    if (t == 0) {
      s.append(DIGITS[u]);
    } else if (t == 1) {
      s.append("mười");
      if (u == 5) {
        s.append(" lăm");
      } else if (u > 0) {
        s.append(' ').append(DIGITS[u]);
      }
    } else {
      s.append(DIGITS[t]).append(" mươi");
      if (u == 1) {
        s.append(" mốt");
      } else if (u == 4) {
        s.append(" tư");
      } else if (u == 5) {
        s.append(" lăm");
      } else if (u > 0) {
        s.append(' ').append(DIGITS[u]);
      }
    }
    return s.toString();
  }

  /** 100000000 → "100.000.000": Vietnamese groups thousands with dots. */
  static String money(long n) {
    return String.format(Locale.GERMANY, "%,d", n);
  }

  /** 85.4 → "85,4": Vietnamese writes a decimal comma. */
  static String decimal(double v) {
    return String.format(Locale.GERMANY, "%.1f", v);
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
  }

  /**
   * The place in a document's date line: "Phường 14" for a numbered ward, else the bare name ("Trúc
   * Bạch", "Tân Thông Hội", "Củ Chi"), as offices write it.
   */
  static String placeName(String unitName) {
    String bare =
        unitName.replaceFirst("^(Phường|Xã|Thị trấn|Quận|Huyện|Thị xã|Thành phố|Tỉnh) ", "");
    return bare.matches("\\d+") ? unitName : bare;
  }
}
