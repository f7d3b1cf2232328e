package vn.hoso.units;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hoso.units.AddressResolver.Match;
import vn.hoso.units.AddressResolver.Resolution;
import vn.hoso.units.AddressResolver.Status;
import vn.hoso.units.AddressResolver.Successor;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;
import vn.hoso.units.UnitTables.OldProvince;
import vn.hoso.units.UnitTables.Succession;

/**
 * Every old commune of the real table, written three ways, must resolve to itself and to the right
 * new unit(s). Expectations come from the tables, not from the resolver.
 */
class AllOldCommunesResolveTest {

  enum Style {
    /** "Phường 14, Quận 10, Thành phố Hồ Chí Minh" */
    OFFICIAL,
    /** "phuong 14, quan 10, thanh pho ho chi minh" */
    ASCII,
    /** "P. 14, Q. 10, TP. Hồ Chí Minh", "X. .., H. .., T. ..", province type sometimes left out */
    ABBREVIATED
  }

  private static UnitTables tables;
  private static AddressResolver resolver;
  private static Map<String, OldDistrict> districts;
  private static Map<String, OldProvince> provinces;

  /** old commune code → the new codes its residents went to (one unless split). */
  private static Map<String, Set<String>> expected;

  @BeforeAll
  static void load() {
    tables = UnitTables.fromClasspath();
    resolver = AddressResolver.build(tables);
    districts = tables.oldDistricts().stream().collect(Collectors.toMap(OldDistrict::code, d -> d));
    provinces = tables.oldProvinces().stream().collect(Collectors.toMap(OldProvince::code, p -> p));
    Map<String, List<Succession>> rows = new HashMap<>();
    for (Succession s : tables.successions()) {
      if (s.oldLevel().equals(Succession.COMMUNE)) {
        rows.computeIfAbsent(s.oldCode(), k -> new ArrayList<>()).add(s);
      }
    }
    expected = new HashMap<>();
    rows.forEach(
        (code, list) -> {
          // "một phần diện tích, toàn bộ dân số": some land elsewhere, every resident to this one
          Set<String> residents =
              list.stream()
                  .filter(s -> AddressNormalizer.foldKey(s.note()).contains("toan bo dan so"))
                  .map(Succession::newCode)
                  .collect(Collectors.toSet());
          expected.put(
              code,
              residents.isEmpty()
                  ? list.stream().map(Succession::newCode).collect(Collectors.toSet())
                  : residents);
        });
  }

  static String write(OldCommune c, Style style, int variant) {
    OldDistrict d = districts.get(c.districtCode());
    OldProvince p = provinces.get(c.provinceCode());
    return switch (style) {
      case OFFICIAL -> c.name() + ", " + d.name() + ", " + p.name();
      case ASCII ->
          AddressNormalizer.foldKey(c.name())
              + ", "
              + AddressNormalizer.foldKey(d.name())
              + ", "
              + AddressNormalizer.foldKey(p.name());
      case ABBREVIATED -> {
        String sep = variant % 3 == 0 ? "." : ". ";
        String communeType =
            switch (c.type()) {
              case "Phường" -> "P";
              case "Xã" -> "X";
              default -> "TT";
            };
        String districtType =
            switch (d.type()) {
              case "Quận" -> "Q";
              case "Huyện" -> "H";
              case "Thị xã" -> "TX";
              default -> "TP";
            };
        String provinceType = p.name().startsWith("Thành phố") ? "TP" : "T";
        String province = variant % 2 == 0 ? provinceType + sep + bare(p.name()) : bare(p.name());
        yield communeType
            + sep
            + bare(c.name())
            + ", "
            + districtType
            + sep
            + bare(d.name())
            + ", "
            + province;
      }
    };
  }

  private static String bare(String name) {
    for (String t :
        List.of(
            "Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Xã ", "Quận ", "Huyện ", "Tỉnh ")) {
      if (name.startsWith(t)) {
        return name.substring(t.length());
      }
    }
    return name;
  }

  /**
   * The communes a written form cannot tell apart from {@code c}: same district, same type, and a
   * name (official or the conversion table's spelling) equal on the key the style keeps - without
   * diacritics in ASCII style, with them otherwise. Spaces inside names do not count (Đakrông).
   */
  static Set<String> indistinguishable(
      OldCommune c, Style style, Map<String, List<OldCommune>> byDistrict) {
    String mine = key(c.type(), c.name(), style);
    Set<String> out = new HashSet<>();
    for (OldCommune o : byDistrict.get(c.districtCode())) {
      if (o == c) {
        continue;
      }
      for (String n : List.of(o.name(), o.altName())) {
        if (!n.isEmpty() && key(o.type(), n, style).equals(mine)) {
          out.add(o.code());
        }
      }
    }
    return out;
  }

  private static String key(String type, String name, Style style) {
    String withType =
        name.startsWith(type + " ") || name.matches("^(Xã|Phường|Thị [tT]rấn) .*")
            ? name
            : type + " " + name;
    String k =
        style == Style.ASCII
            ? AddressNormalizer.foldKey(withType)
            : AddressNormalizer.exactKey(withType);
    return k.replace(" ", "");
  }

  /** Per style: what happened. */
  static final class Tally {
    int whole;
    int split;
    int ambiguousExpected;
    int amongCandidates;
    int wrong;
    final List<String> failures = new ArrayList<>();

    int total() {
      return whole + split + ambiguousExpected + amongCandidates + wrong;
    }

    int failed() {
      return amongCandidates + wrong;
    }
  }

  static Tally check(Style style) {
    Map<String, List<OldCommune>> byDistrict =
        tables.oldCommunes().stream().collect(Collectors.groupingBy(OldCommune::districtCode));
    Tally t = new Tally();
    int i = 0;
    for (OldCommune c : tables.oldCommunes()) {
      String text = write(c, style, i++);
      Resolution r = resolver.resolve(text);
      Set<String> twins = indistinguishable(c, style, byDistrict);
      List<String> codes = r.matches().stream().map(Match::code).toList();
      Set<String> want = expected.get(c.code());
      boolean first = !codes.isEmpty() && codes.get(0).equals(c.code());
      if (!twins.isEmpty()) {
        if (r.status() == Status.AMBIGUOUS
            && codes.contains(c.code())
            && codes.containsAll(twins)) {
          t.ambiguousExpected++;
          continue;
        }
      } else if (first) {
        Match m = r.matches().get(0);
        Set<String> got = m.successors().stream().map(Successor::code).collect(Collectors.toSet());
        if (want.size() == 1
            && r.status() == Status.RESOLVED
            && m.successors().get(0).code().equals(want.iterator().next())) {
          t.whole++;
          continue;
        }
        if (want.size() > 1 && r.status() == Status.SPLIT && got.equals(want)) {
          t.split++;
          continue;
        }
      }
      if (codes.contains(c.code())) {
        t.amongCandidates++;
      } else {
        t.wrong++;
      }
      if (t.failures.size() < 25) {
        t.failures.add(
            c.code()
                + " \""
                + text
                + "\" -> "
                + r.status()
                + " "
                + codes.stream().limit(4).toList()
                + (twins.isEmpty() ? "" : " twins " + twins));
      }
    }
    return t;
  }

  @Test
  void everyOldCommuneInThreeStyles() {
    Map<Style, Tally> tallies = new LinkedHashMap<>();
    for (Style s : Style.values()) {
      tallies.put(s, check(s));
    }
    StringBuilder table =
        new StringBuilder(
            String.format(
                "%n%-12s %8s %8s %10s %10s %8s %8s%n",
                "style", "whole", "split", "ambiguous", "not first", "wrong", "total"));
    tallies.forEach(
        (s, t) ->
            table.append(
                String.format(
                    "%-12s %8d %8d %10d %10d %8d %8d%n",
                    s,
                    t.whole,
                    t.split,
                    t.ambiguousExpected,
                    t.amongCandidates,
                    t.wrong,
                    t.total())));
    table.append(
        "whole: the right new unit first; split: every candidate listed; ambiguous: the written form"
            + " fits several communes of one district and all are listed; not first / wrong: failures\n");
    System.out.print(table);
    List<String> failures = new ArrayList<>();
    tallies.forEach((s, t) -> t.failures.forEach(f -> failures.add(s + ": " + f)));
    failures.forEach(System.out::println);
    int failed = tallies.values().stream().mapToInt(Tally::failed).sum();
    assertEquals(0, failed, table + String.join("\n", failures));
    for (Tally t : tallies.values()) {
      assertEquals(tables.oldCommunes().size(), t.total());
    }
  }
}
