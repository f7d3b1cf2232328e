package vn.hoso.units;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.hoso.units.AddressResolver.Resolution;
import vn.hoso.units.AddressResolver.Status;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;
import vn.hoso.units.UnitTables.OldProvince;

/**
 * Latency and accuracy of {@link AddressResolver#resolve} on random real old addresses, against a
 * naive baseline in the same run. Not a unit test (surefire excludes *Benchmark); run with {@code
 * java ... vn.hoso.units.ResolverBenchmark [count=10000] [seed=42]}.
 *
 * <p>Baseline: fold the input, then for every old commune check with {@code contains} whether the
 * folded text holds its folded name, its district's and its province's name (as whole words); the
 * commune with the most (name weighs most) wins.
 */
public final class ResolverBenchmark {

  private ResolverBenchmark() {}

  private static final String[] STYLES = {"official", "ascii", "abbreviated"};

  /** One test address: the text and the old commune it names. */
  private record Case(String text, OldCommune commune, int style) {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;

    long t0 = System.nanoTime();
    UnitTables tables = UnitTables.fromClasspath();
    long t1 = System.nanoTime();
    AddressResolver resolver = AddressResolver.build(tables);
    long t2 = System.nanoTime();
    Baseline baseline = new Baseline(tables);
    System.out.printf(
        "tables read in %.0f ms, resolver built in %.0f ms (cold JVM)%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6);

    List<Case> warm = cases(tables, 20_000, seed + 1);
    List<Case> cases = cases(tables, count, seed);

    // warm-up: let the JIT compile both paths before measuring
    for (Case c : warm) {
      resolver.resolve(c.text());
    }
    for (int i = 0; i < 2_000; i++) {
      baseline.resolve(warm.get(i).text());
    }
    for (Case c : warm.subList(0, 5_000)) {
      resolver.suggest(prefix(c.text()), 10);
    }

    long[] mine = new long[cases.size()];
    long[] naive = new long[cases.size()];
    long[] sugg = new long[cases.size()];
    int[][] mineOk = new int[3][3]; // style → {first, ambiguous-listing-it, total}
    int[][] naiveOk = new int[3][3];
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      long a = System.nanoTime();
      Resolution r = resolver.resolve(c.text());
      long b = System.nanoTime();
      String n = baseline.resolve(c.text());
      long d = System.nanoTime();
      resolver.suggest(prefix(c.text()), 10);
      long e = System.nanoTime();
      mine[i] = b - a;
      naive[i] = d - b;
      sugg[i] = e - d;
      mineOk[c.style()][2]++;
      naiveOk[c.style()][2]++;
      boolean first =
          !r.matches().isEmpty()
              && r.matches().get(0).code().equals(c.commune().code())
              && (r.status() == Status.RESOLVED || r.status() == Status.SPLIT);
      if (first) {
        mineOk[c.style()][0]++;
      } else if (r.status() == Status.AMBIGUOUS
          && r.matches().stream().anyMatch(m -> m.code().equals(c.commune().code()))) {
        mineOk[c.style()][1]++;
      }
      if (c.commune().code().equals(n)) {
        naiveOk[c.style()][0]++;
      }
    }

    System.out.printf(
        "%n%d random old addresses (seed %d), styles round-robin; times per call%n", count, seed);
    System.out.printf("%-26s %10s %10s %10s %10s%n", "", "p50 µs", "p99 µs", "max µs", "mean µs");
    row("resolver.resolve", mine);
    row("naive linear scan", naive);
    row("resolver.suggest (2 words)", sugg);
    System.out.printf(
        "%-26s %10.0fx %9.0fx%n",
        "speed-up naive / resolver",
        pct(naive, 50) / pct(mine, 50),
        pct(naive, 99) / pct(mine, 99));

    System.out.printf(
        "%n%-14s %22s %22s %22s%n",
        "accuracy", "resolver: right first", "+ ambiguous listing it", "naive: right first");
    for (int s = 0; s < 3; s++) {
      System.out.printf(
          "%-14s %21.2f%% %21.2f%% %21.2f%%%n",
          STYLES[s],
          100.0 * mineOk[s][0] / mineOk[s][2],
          100.0 * (mineOk[s][0] + mineOk[s][1]) / mineOk[s][2],
          100.0 * naiveOk[s][0] / naiveOk[s][2]);
    }
  }

  private static void row(String name, long[] nanos) {
    System.out.printf(
        "%-26s %10.1f %10.1f %10.1f %10.1f%n",
        name,
        pct(nanos, 50) / 1e3,
        pct(nanos, 99) / 1e3,
        Arrays.stream(nanos).max().orElse(0) / 1e3,
        Arrays.stream(nanos).average().orElse(0) / 1e3);
  }

  private static double pct(long[] nanos, int p) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
  }

  /** The first two words, as typed into an autocomplete box. */
  private static String prefix(String text) {
    String[] w = text.split("[ ,.]+");
    return w.length > 1 ? w[0] + " " + w[1] : w[0];
  }

  private static List<Case> cases(UnitTables t, int count, long seed) {
    Map<String, OldDistrict> districts = new HashMap<>();
    t.oldDistricts().forEach(d -> districts.put(d.code(), d));
    Map<String, OldProvince> provinces = new HashMap<>();
    t.oldProvinces().forEach(p -> provinces.put(p.code(), p));
    Random random = new Random(seed);
    List<Case> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      OldCommune c = t.oldCommunes().get(random.nextInt(t.oldCommunes().size()));
      OldDistrict d = districts.get(c.districtCode());
      OldProvince p = provinces.get(c.provinceCode());
      int style = i % 3;
      String text =
          switch (style) {
            case 0 -> c.name() + ", " + d.name() + ", " + p.name();
            case 1 ->
                AddressNormalizer.foldKey(c.name())
                    + ", "
                    + AddressNormalizer.foldKey(d.name())
                    + ", "
                    + AddressNormalizer.foldKey(p.name());
            default ->
                abbreviate(c.name())
                    + ", "
                    + abbreviate(d.name())
                    + ", "
                    + (random.nextBoolean() ? abbreviate(p.name()) : bare(p.name()));
          };
      out.add(new Case(text, c, style));
    }
    return out;
  }

  private static String abbreviate(String name) {
    String a =
        switch (name.substring(0, name.length() - bare(name).length()).trim()) {
          case "Phường" -> "P.";
          case "Xã" -> "X.";
          case "Thị trấn" -> "TT.";
          case "Quận" -> "Q.";
          case "Huyện" -> "H.";
          case "Thị xã" -> "TX.";
          case "Thành phố" -> "TP.";
          case "Tỉnh" -> "T.";
          default -> "";
        };
    return a + " " + bare(name);
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

  /** The naive approach: a linear scan with {@code contains} over every commune's folded parts. */
  static final class Baseline {
    private final OldCommune[] communes;
    private final String[] name;
    private final String[] district;
    private final String[] province;

    Baseline(UnitTables t) {
      Map<String, String> dn = new HashMap<>();
      t.oldDistricts().forEach(d -> dn.put(d.code(), AddressNormalizer.foldKey(d.name())));
      Map<String, String> pn = new HashMap<>();
      t.oldProvinces().forEach(p -> pn.put(p.code(), AddressNormalizer.foldKey(p.name())));
      communes = t.oldCommunes().toArray(new OldCommune[0]);
      name = new String[communes.length];
      district = new String[communes.length];
      province = new String[communes.length];
      for (int i = 0; i < communes.length; i++) {
        // padded with spaces so that "phuong 1" is not found inside "phuong 14"
        name[i] = " " + AddressNormalizer.foldKey(communes[i].name()) + " ";
        district[i] = " " + dn.get(communes[i].districtCode()) + " ";
        province[i] = " " + pn.get(communes[i].provinceCode()) + " ";
      }
    }

    /** The code of the best commune, or null. */
    String resolve(String text) {
      String f = " " + AddressNormalizer.foldKey(text) + " ";
      int best = 0;
      String code = null;
      for (int i = 0; i < communes.length; i++) {
        int s =
            (f.contains(name[i]) ? 4 : 0)
                + (f.contains(district[i]) ? 2 : 0)
                + (f.contains(province[i]) ? 1 : 0);
        if (s > best) {
          best = s;
          code = communes[i].code();
        }
      }
      return code;
    }
  }
}
