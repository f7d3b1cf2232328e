package vn.hoso.units;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.hoso.units.AddressNormalizer.Token;
import vn.hoso.units.UnitTables.CommuneResolution;
import vn.hoso.units.UnitTables.NewCommune;
import vn.hoso.units.UnitTables.NewProvince;
import vn.hoso.units.UnitTables.OldCommune;
import vn.hoso.units.UnitTables.OldDistrict;
import vn.hoso.units.UnitTables.OldProvince;
import vn.hoso.units.UnitTables.Succession;

/**
 * Turns an old (pre-2025-07-01) address, as people type it, into the old commune it names and the
 * new commune(s) that took it over.
 *
 * <p>Vietnamese addresses go from the smallest unit to the largest ("Phường 14, Quận 10, TP. Hồ Chí
 * Minh"), so the text is read from the end: first a province, then one of its districts, then one
 * of that district's communes, each optional except the commune, each possibly preceded by its type
 * word (Phường / P., Quận / Q., ...). Every reading is scored and the best ones win; words in front
 * of the commune (house number, street, hamlet) are ignored. Names are compared on {@link
 * AddressNormalizer#foldKey} with spaces removed ("Đakrông" = "Đa Krông"); diacritics, where the
 * user typed them, break ties ({@link AddressNormalizer#exactKey}).
 *
 * <p>Built once from {@link UnitTables}; immutable and safe to share between threads.
 */
public final class AddressResolver {

  /** What {@link #resolve} found. */
  public enum Status {
    /** One old commune; its residents all went to one new unit. */
    RESOLVED,
    /** One old commune, split: its residents went to several new units, listed as successors. */
    SPLIT,
    /** Several old communes fit the text equally well (matches lists them). */
    AMBIGUOUS,
    /** Only an old district was recognised ({@link Resolution#district()}). */
    DISTRICT_ONLY,
    /** Only an old province was recognised ({@link Resolution#province()}). */
    PROVINCE_ONLY,
    /** Text with letters, but no unit recognised. */
    NOT_FOUND,
    /** Empty, blank, or no letters at all. */
    INVALID
  }

  /**
   * A new unit that took over (part of) an old one. {@code partial}: only part of the old unit's
   * land went there (as published). {@code allResidents}: every resident of the old unit went
   * there, also when some land went elsewhere (the "một phần diện tích, toàn bộ dân số" rows).
   * {@code resolution}: the legal basis, e.g. "1685/NQ-UBTVQH15" ("" if unknown).
   */
  public record Successor(
      String code,
      String name,
      String type,
      String provinceCode,
      String provinceName,
      boolean partial,
      boolean allResidents,
      String resolution,
      String note) {}

  /**
   * An old unit that fits the text. {@code level} is "commune", or "district" for the five island
   * districts without communes. {@code successors}: where its residents went, best first - one
   * entry unless the unit was split.
   */
  public record Match(
      String level,
      String code,
      String name,
      String type,
      String districtCode,
      String districtName,
      String provinceCode,
      String provinceName,
      int score,
      List<Successor> successors) {
    public boolean split() {
      return successors.size() > 1;
    }
  }

  /**
   * The answer to one {@link #resolve} call. {@code input}: the text in NFC, cleaned. {@code
   * matches}: best first, at most 20. {@code candidateCount}: how many old units were tied at the
   * best score (may exceed the matches shown). {@code district}, {@code province}: the old units
   * recognised as context, null if none or not unique. {@code explanationKey}: a message key for
   * the UI, one of resolve.resolved, resolve.resolved.allResidents, resolve.split,
   * resolve.ambiguous, resolve.ambiguous.sameDistrict (names of one district that differ only by
   * diacritics or type), resolve.districtOnly, resolve.provinceOnly, resolve.notFound,
   * resolve.invalid.
   */
  public record Resolution(
      String input,
      Status status,
      List<Match> matches,
      int candidateCount,
      OldDistrict district,
      OldProvince province,
      String explanationKey) {
    public Optional<Match> best() {
      return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }
  }

  /**
   * An old unit absorbed (wholly or partly) by a new one; {@code code} is "" for an uncoded area.
   */
  public record Absorbed(
      String level,
      String code,
      String name,
      String type,
      String districtCode,
      String districtName,
      String provinceCode,
      String provinceName,
      boolean partial,
      boolean allResidents,
      String note,
      String fix) {}

  /** A new unit with its province, the resolution that created it, and what it absorbed. */
  public record NewUnitView(
      NewCommune unit,
      NewProvince province,
      CommuneResolution resolution,
      List<Absorbed> absorbed) {}

  /** An autocomplete entry; {@code label} is "name, district, province". */
  public record OldCommuneSuggestion(
      String code,
      String name,
      String districtCode,
      String districtName,
      String provinceCode,
      String provinceName,
      String label) {}

  // ------------------------------------------------------------------------------------------

  static final int MAX_MATCHES = 20;

  /** Only the last words of a long text are read: a unit name is never more than a few words. */
  static final int MAX_TOKENS = 48;

  static final int C_PHUONG = 1;
  static final int C_XA = 2;
  static final int C_THITRAN = 4;
  static final int D_QUAN = 8;
  static final int D_HUYEN = 16;
  static final int D_THIXA = 32;
  static final int D_TP = 64;
  static final int P_TINH = 128;
  static final int P_TP = 256;
  static final int COMMUNE_TYPES = C_PHUONG | C_XA | C_THITRAN;
  static final int DISTRICT_TYPES = D_QUAN | D_HUYEN | D_THIXA | D_TP;
  static final int PROVINCE_TYPES = P_TINH | P_TP;

  /** A type word as written before a name; {@code exact} null marks an abbreviation. */
  record TypeWord(String[] fold, String[] exact, int mask) {}

  /** Two-word forms first, so that "thị xã" is not read as "xã". */
  static final TypeWord[] TYPE_WORDS = {
    word("thị trấn", C_THITRAN),
    word("thị xã", D_THIXA),
    word("thành phố", D_TP | P_TP),
    abbr("t p", D_TP | P_TP),
    abbr("t x", D_THIXA),
    abbr("t t", C_THITRAN),
    word("phường", C_PHUONG),
    word("xã", C_XA),
    word("quận", D_QUAN),
    word("huyện", D_HUYEN),
    word("tỉnh", P_TINH),
    abbr("p", C_PHUONG),
    abbr("x", C_XA),
    abbr("tt", C_THITRAN),
    abbr("q", D_QUAN),
    abbr("h", D_HUYEN),
    abbr("tx", D_THIXA),
    abbr("tp", D_TP | P_TP),
    abbr("t", P_TINH),
  };

  private static TypeWord word(String s, int mask) {
    return new TypeWord(
        AddressNormalizer.foldKey(s).split(" "), AddressNormalizer.exactKey(s).split(" "), mask);
  }

  private static TypeWord abbr(String s, int mask) {
    return new TypeWord(s.split(" "), null, mask);
  }

  /**
   * Common other names of provinces: abbreviations, the old name of Saigon, and Thừa Thiên Huế,
   * renamed Thành phố Huế in 2025 (before the merger).
   */
  private static final Map<String, List<String>> PROVINCE_NICKNAMES =
      Map.of(
          "79", List.of("HCM", "TPHCM", "HCMC", "Sài Gòn", "SG"),
          "01", List.of("HN", "TPHN"),
          "46", List.of("Thừa Thiên Huế", "TT Huế", "TTH"),
          "77", List.of("BRVT"),
          "66", List.of("Đắc Lắc"),
          "67", List.of("Đắc Nông"));

  /** A name under which a unit can be found. {@code exact}: the name's exact key without spaces. */
  record Entry(int unit, String exact, int type, boolean numeric) {}

  /**
   * A recognised unit at one level, written from token {@code start} on (its type word included).
   */
  record Opt(int unit, int start, int score) {}

  private record TypeHit(int mask, int start) {}

  private final UnitTables tables;
  private final OldProvince[] provinces;
  private final OldDistrict[] districts;
  private final OldCommune[] communes;
  private final int[] districtProvince;
  private final int[] communeDistrict;
  private final int[] communeProvince;
  private final Map<String, Integer> provinceIndex = new HashMap<>();
  private final Map<String, Integer> districtIndex = new HashMap<>();
  private final Map<String, Integer> communeIndex = new HashMap<>();
  private final Map<String, Entry[]> provinceKeys;
  private final Map<String, Entry[]> districtKeys;
  private final Map<String, Entry[]> communeKeys;
  private final int maxProvinceWords;
  private final int maxDistrictWords;
  private final int maxCommuneWords;

  /** Per commune, the answer with score 0. */
  private final Match[] communeMatch;

  /** Per district, the answer when the district itself was converted (no communes), else null. */
  private final Match[] districtMatch;

  private final Map<String, NewUnitView> newUnits;
  private final List<OldProvince> sortedProvinces;
  private final Map<String, List<OldDistrict>> sortedDistricts;
  private final Map<String, List<OldCommune>> sortedCommunes;

  // autocomplete
  /** Distinct label words, sorted by folded form then exact form (so a prefix is one range). */
  private final String[] vocabFold;

  private final String[] vocabExact;

  /** Per word: (commune index << 2 | weight) of the communes whose label has it. */
  private final int[][] postings;

  /** Number of postings of all words before word v (one more entry than words). */
  private final int[] postingsBefore;

  /** Per commune: (word << 2 | weight) of the words of its label. */
  private final int[][] communeWords;

  private final int[] labelRank;
  private final int[] rankToCommune;
  private final OldCommuneSuggestion[] suggestions;

  /** Builds the resolver; fails with {@link IllegalArgumentException} on inconsistent tables. */
  public static AddressResolver build(UnitTables t) {
    return new AddressResolver(t);
  }

  private AddressResolver(UnitTables t) {
    this.tables = t;
    List<String> problems = new ArrayList<>();
    provinces = t.oldProvinces().toArray(new OldProvince[0]);
    districts = t.oldDistricts().toArray(new OldDistrict[0]);
    communes = t.oldCommunes().toArray(new OldCommune[0]);
    for (int i = 0; i < provinces.length; i++) {
      if (provinceIndex.put(provinces[i].code(), i) != null) {
        problems.add("duplicate old province " + provinces[i].code());
      }
    }
    districtProvince = new int[districts.length];
    for (int i = 0; i < districts.length; i++) {
      if (districtIndex.put(districts[i].code(), i) != null) {
        problems.add("duplicate old district " + districts[i].code());
      }
      districtProvince[i] =
          indexOf(
              provinceIndex,
              districts[i].provinceCode(),
              "old district " + districts[i].code() + ": unknown province",
              problems);
    }
    communeDistrict = new int[communes.length];
    communeProvince = new int[communes.length];
    for (int i = 0; i < communes.length; i++) {
      OldCommune c = communes[i];
      if (communeIndex.put(c.code(), i) != null) {
        problems.add("duplicate old commune " + c.code());
      }
      communeDistrict[i] =
          indexOf(
              districtIndex,
              c.districtCode(),
              "old commune " + c.code() + ": unknown district",
              problems);
      communeProvince[i] = communeDistrict[i] < 0 ? -1 : districtProvince[communeDistrict[i]];
      if (communeProvince[i] >= 0
          && !provinces[communeProvince[i]].code().equals(c.provinceCode())) {
        problems.add(
            "old commune "
                + c.code()
                + ": province "
                + c.provinceCode()
                + " is not the province of district "
                + c.districtCode());
      }
    }
    Map<String, NewCommune> newByCode = new HashMap<>();
    for (NewCommune n : t.newCommunes()) {
      if (newByCode.put(n.code(), n) != null) {
        problems.add("duplicate new commune " + n.code());
      }
    }
    Map<String, NewProvince> newProvinceByCode = new HashMap<>();
    for (NewProvince p : t.newProvinces()) {
      newProvinceByCode.put(p.code(), p);
    }
    Map<String, CommuneResolution> resolutionByProvince = new HashMap<>();
    for (CommuneResolution r : t.communeResolutions()) {
      resolutionByProvince.put(r.newProvinceCode(), r);
    }
    for (NewCommune n : t.newCommunes()) {
      if (!newProvinceByCode.containsKey(n.provinceCode())) {
        problems.add("new commune " + n.code() + ": unknown province " + n.provinceCode());
      }
    }

    // successions, grouped by old unit
    Map<String, List<Succession>> byOld = new LinkedHashMap<>();
    Map<String, List<Succession>> byNew = new HashMap<>();
    for (Succession s : t.successions()) {
      if (!newByCode.containsKey(s.newCode())) {
        problems.add("succession " + s.oldCode() + " -> " + s.newCode() + ": unknown new commune");
        continue;
      }
      switch (s.oldLevel()) {
        case Succession.COMMUNE -> {
          if (!communeIndex.containsKey(s.oldCode())) {
            problems.add("succession " + s.oldCode() + ": unknown old commune");
          }
        }
        case Succession.DISTRICT -> {
          if (!districtIndex.containsKey(s.oldCode())) {
            problems.add("succession " + s.oldCode() + ": unknown old district");
          }
        }
        case Succession.AREA -> {
          if (!s.oldDistrictCode().isEmpty() && !districtIndex.containsKey(s.oldDistrictCode())) {
            problems.add("succession area " + s.oldName() + ": unknown old district");
          }
        }
        default -> problems.add("succession " + s.oldCode() + ": unknown level " + s.oldLevel());
      }
      if (!s.oldCode().isEmpty()) {
        byOld.computeIfAbsent(s.oldLevel() + ":" + s.oldCode(), k -> new ArrayList<>()).add(s);
      }
      byNew.computeIfAbsent(s.newCode(), k -> new ArrayList<>()).add(s);
    }
    Function<Succession, Successor> toSuccessor =
        s -> {
          NewCommune n = newByCode.get(s.newCode());
          CommuneResolution r = resolutionByProvince.get(n.provinceCode());
          boolean all = allResidents(s, byOld.get(s.oldLevel() + ":" + s.oldCode()));
          return new Successor(
              n.code(),
              n.name(),
              n.type(),
              n.provinceCode(),
              n.provinceName(),
              s.partial(),
              all,
              r == null ? "" : r.resolution(),
              s.note());
        };
    communeMatch = new Match[communes.length];
    for (int i = 0; i < communes.length; i++) {
      OldCommune c = communes[i];
      List<Succession> rows = byOld.get(Succession.COMMUNE + ":" + c.code());
      if (rows == null) {
        problems.add("old commune " + c.code() + " " + c.name() + ": no successor");
        continue;
      }
      communeMatch[i] =
          new Match(
              Succession.COMMUNE,
              c.code(),
              c.name(),
              c.type(),
              c.districtCode(),
              c.districtName(),
              c.provinceCode(),
              c.provinceName(),
              0,
              residentSuccessors(rows, toSuccessor));
    }
    districtMatch = new Match[districts.length];
    for (int i = 0; i < districts.length; i++) {
      OldDistrict d = districts[i];
      List<Succession> rows = byOld.get(Succession.DISTRICT + ":" + d.code());
      if (rows != null) {
        districtMatch[i] =
            new Match(
                Succession.DISTRICT,
                d.code(),
                d.name(),
                d.type(),
                d.code(),
                d.name(),
                d.provinceCode(),
                d.provinceName(),
                0,
                residentSuccessors(rows, toSuccessor));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "inconsistent unit tables ("
              + problems.size()
              + " problems): "
              + problems.subList(0, Math.min(10, problems.size())));
    }

    Map<String, NewUnitView> views = new HashMap<>();
    for (NewCommune n : t.newCommunes()) {
      List<Absorbed> absorbed = new ArrayList<>();
      for (Succession s : byNew.getOrDefault(n.code(), List.of())) {
        absorbed.add(absorbed(s, byOld.get(s.oldLevel() + ":" + s.oldCode())));
      }
      views.put(
          n.code(),
          new NewUnitView(
              n,
              newProvinceByCode.get(n.provinceCode()),
              resolutionByProvince.get(n.provinceCode()),
              List.copyOf(absorbed)));
    }
    newUnits = Map.copyOf(views);

    // name indexes
    Map<String, List<Entry>> pk = new HashMap<>();
    int maxP = 0;
    for (int i = 0; i < provinces.length; i++) {
      maxP = Math.max(maxP, addName(pk, i, provinces[i].name(), PROVINCE_TYPES, 0));
      for (String nick : PROVINCE_NICKNAMES.getOrDefault(provinces[i].code(), List.of())) {
        int type = nameType(provinces[i].name(), PROVINCE_TYPES);
        maxP = Math.max(maxP, addName(pk, i, nick, PROVINCE_TYPES, type));
      }
    }
    Map<String, List<Entry>> dk = new HashMap<>();
    int maxD = 0;
    for (int i = 0; i < districts.length; i++) {
      maxD = Math.max(maxD, addName(dk, i, districts[i].name(), DISTRICT_TYPES, 0));
    }
    Map<String, List<Entry>> ck = new HashMap<>();
    int maxC = 0;
    for (int i = 0; i < communes.length; i++) {
      OldCommune c = communes[i];
      int type = nameType(c.name(), COMMUNE_TYPES);
      maxC = Math.max(maxC, addName(ck, i, c.name(), COMMUNE_TYPES, 0));
      if (!c.altName().isEmpty()) {
        maxC = Math.max(maxC, addName(ck, i, c.altName(), COMMUNE_TYPES, type));
      }
    }
    provinceKeys = freeze(pk);
    districtKeys = freeze(dk);
    communeKeys = freeze(ck);
    // typed text may split a word the data writes as one ("Ea Bar" for "EaBar")
    maxProvinceWords = maxP + 2;
    maxDistrictWords = maxD + 2;
    maxCommuneWords = maxC + 2;

    // cascading lists
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    Comparator<String> byName = nameOrder(collator);
    List<OldProvince> ps = new ArrayList<>(t.oldProvinces());
    ps.sort(Comparator.comparing(OldProvince::name, byName).thenComparing(OldProvince::code));
    sortedProvinces = List.copyOf(ps);
    Map<String, List<OldDistrict>> ds = new HashMap<>();
    for (OldDistrict d : t.oldDistricts()) {
      ds.computeIfAbsent(d.provinceCode(), k -> new ArrayList<>()).add(d);
    }
    ds.replaceAll(
        (k, v) -> {
          v.sort(Comparator.comparing(OldDistrict::name, byName).thenComparing(OldDistrict::code));
          return List.copyOf(v);
        });
    sortedDistricts = Map.copyOf(ds);
    Map<String, List<OldCommune>> cs = new HashMap<>();
    for (OldCommune c : t.oldCommunes()) {
      cs.computeIfAbsent(c.districtCode(), k -> new ArrayList<>()).add(c);
    }
    cs.replaceAll(
        (k, v) -> {
          v.sort(Comparator.comparing(OldCommune::name, byName).thenComparing(OldCommune::code));
          return List.copyOf(v);
        });
    sortedCommunes = Map.copyOf(cs);

    // autocomplete
    suggestions = new OldCommuneSuggestion[communes.length];
    Map<String, List<Integer>> post = new HashMap<>();
    for (int i = 0; i < communes.length; i++) {
      OldCommune c = communes[i];
      suggestions[i] =
          new OldCommuneSuggestion(
              c.code(),
              c.name(),
              c.districtCode(),
              c.districtName(),
              c.provinceCode(),
              c.provinceName(),
              c.name() + ", " + c.districtName() + ", " + c.provinceName());
      Map<String, Integer> words = new HashMap<>();
      labelWords(words, c.name(), 3, COMMUNE_TYPES);
      labelWords(words, c.altName(), 3, COMMUNE_TYPES);
      labelWords(words, c.districtName(), 2, DISTRICT_TYPES);
      labelWords(words, c.provinceName(), 1, PROVINCE_TYPES);
      for (String nick : PROVINCE_NICKNAMES.getOrDefault(c.provinceCode(), List.of())) {
        labelWords(words, nick, 1, PROVINCE_TYPES);
      }
      final int commune = i;
      words.forEach(
          (w, weight) ->
              post.computeIfAbsent(w, x -> new ArrayList<>()).add(commune << 2 | weight));
    }
    String[] vocab = new TreeSet<>(post.keySet()).toArray(new String[0]);
    vocabFold = new String[vocab.length];
    vocabExact = new String[vocab.length];
    postings = new int[vocab.length][];
    for (int v = 0; v < vocab.length; v++) {
      int sep = vocab[v].indexOf(WORD_SEPARATOR);
      vocabFold[v] = vocab[v].substring(0, sep);
      vocabExact[v] = vocab[v].substring(sep + 1);
      postings[v] = post.get(vocab[v]).stream().mapToInt(Integer::intValue).toArray();
    }
    postingsBefore = new int[vocab.length + 1];
    int[] wordCount = new int[communes.length];
    for (int v = 0; v < vocab.length; v++) {
      postingsBefore[v + 1] = postingsBefore[v] + postings[v].length;
      for (int posting : postings[v]) {
        wordCount[posting >>> 2]++;
      }
    }
    communeWords = new int[communes.length][];
    for (int c = 0; c < communes.length; c++) {
      communeWords[c] = new int[wordCount[c]];
      wordCount[c] = 0;
    }
    for (int v = 0; v < vocab.length; v++) {
      for (int posting : postings[v]) {
        int c = posting >>> 2;
        communeWords[c][wordCount[c]++] = v << 2 | (posting & 3);
      }
    }
    Integer[] order = new Integer[communes.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.<Integer, String>comparing(i -> communes[i].name(), byName)
            .thenComparing(i -> communes[i].districtName(), byName)
            .thenComparing(i -> communes[i].provinceName(), byName));
    labelRank = new int[communes.length];
    rankToCommune = new int[communes.length];
    for (int r = 0; r < order.length; r++) {
      labelRank[order[r]] = r;
      rankToCommune[r] = order[r];
    }
    buildTokens = null;
  }

  private static int indexOf(
      Map<String, Integer> index, String code, String problem, List<String> problems) {
    Integer i = index.get(code);
    if (i == null) {
      problems.add(problem + " " + code);
      return -1;
    }
    return i;
  }

  private static final String ALL_RESIDENTS = "toan bo dan so";

  /** Whether every resident of the old unit went to this successor. */
  private static boolean allResidents(Succession s, List<Succession> siblings) {
    if (AddressNormalizer.foldKey(s.note()).contains(ALL_RESIDENTS)) {
      return true;
    }
    return !s.partial() && (siblings == null || siblings.size() == 1);
  }

  /**
   * The successors that matter for residents: the one that received all of them if there is one
   * (the rest received land only), otherwise every successor, whole ones first.
   */
  private static List<Successor> residentSuccessors(
      List<Succession> rows, Function<Succession, Successor> f) {
    List<Successor> all = new ArrayList<>();
    for (Succession s : rows) {
      all.add(f.apply(s));
    }
    for (Successor s : all) {
      if (s.allResidents()) {
        return List.of(s);
      }
    }
    all.sort(Comparator.comparing(Successor::partial).thenComparing(Successor::code));
    return List.copyOf(all);
  }

  private Absorbed absorbed(Succession s, List<Succession> siblings) {
    boolean all = allResidents(s, siblings);
    switch (s.oldLevel()) {
      case Succession.COMMUNE -> {
        OldCommune c = communes[communeIndex.get(s.oldCode())];
        return new Absorbed(
            s.oldLevel(),
            c.code(),
            c.name(),
            c.type(),
            c.districtCode(),
            c.districtName(),
            c.provinceCode(),
            c.provinceName(),
            s.partial(),
            all,
            s.note(),
            s.fix());
      }
      case Succession.DISTRICT -> {
        OldDistrict d = districts[districtIndex.get(s.oldCode())];
        return new Absorbed(
            s.oldLevel(),
            d.code(),
            d.name(),
            d.type(),
            d.code(),
            d.name(),
            d.provinceCode(),
            d.provinceName(),
            s.partial(),
            all,
            s.note(),
            s.fix());
      }
      default -> {
        Integer di = districtIndex.get(s.oldDistrictCode());
        OldDistrict d = di == null ? null : districts[di];
        return new Absorbed(
            s.oldLevel(),
            "",
            s.oldName(),
            "",
            s.oldDistrictCode(),
            d == null ? "" : d.name(),
            d == null ? s.oldProvinceCode() : d.provinceCode(),
            d == null ? "" : d.provinceName(),
            s.partial(),
            all,
            s.note(),
            s.fix());
      }
    }
  }

  // ---------------------------------------------------------------------------- name keys

  /** The type word a name starts with (among {@code allowed}), or 0. */
  private int nameType(String name, int allowed) {
    List<Token> t = nameTokens(name);
    TypeWord w = leadingType(t, allowed);
    return w == null ? 0 : w.mask() & allowed;
  }

  /**
   * Names recur (a district name in each of its communes' labels): tokenised once while building.
   */
  private Map<String, List<Token>> buildTokens = new HashMap<>();

  private List<Token> nameTokens(String name) {
    return buildTokens.computeIfAbsent(name, AddressNormalizer::tokens);
  }

  private static final Pattern ROMAN = Pattern.compile("[IVX]+");

  private static TypeWord leadingType(List<Token> t, int allowed) {
    for (TypeWord w : TYPE_WORDS) {
      if (w.exact() == null || (w.mask() & allowed) == 0 || t.size() <= w.fold().length) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < w.fold().length && ok; j++) {
        ok = t.get(j).fold().equals(w.fold()[j]);
      }
      if (ok) {
        return w;
      }
    }
    return null;
  }

  /**
   * Indexes a unit name (type word stripped) with its number variants: "Phường IV" is also found as
   * "4", "Phường 4" also as "iv". Returns the number of words of the name.
   */
  private int addName(
      Map<String, List<Entry>> index, int unit, String name, int allowed, int defaultType) {
    List<Token> t = nameTokens(name);
    TypeWord w = leadingType(t, allowed);
    int type = w == null ? defaultType : w.mask() & allowed;
    List<Token> bare = w == null ? t : t.subList(w.fold().length, t.size());
    if (bare.isEmpty()) {
      return 0;
    }
    String[] words = name.trim().split("\\s+");
    String last = words[words.length - 1];
    boolean romanName = bare.size() == 1 && ROMAN.matcher(last).matches() && roman(last) > 0;
    boolean numeric = bare.stream().allMatch(Token::digits) || romanName;
    List<String[]> variants = new ArrayList<>();
    String[] fold = new String[bare.size()];
    String[] exact = new String[bare.size()];
    for (int i = 0; i < bare.size(); i++) {
      fold[i] = bare.get(i).fold();
      exact[i] = bare.get(i).exact();
    }
    variants.add(fold);
    variants.add(exact);
    int lastIdx = bare.size() - 1;
    if (ROMAN.matcher(last).matches()
        && roman(last) > 0
        && fold[lastIdx].equals(last.toLowerCase(Locale.ROOT))) {
      String[] f = fold.clone();
      String[] e = exact.clone();
      f[lastIdx] = e[lastIdx] = Integer.toString(roman(last));
      variants.add(f);
      variants.add(e);
    }
    for (int i = 0; i < bare.size(); i++) {
      if (bare.get(i).digits()
          && fold[i].length() <= 2
          && Integer.parseInt(fold[i]) > 0
          && Integer.parseInt(fold[i]) < 40) {
        String[] f = fold.clone();
        String[] e = exact.clone();
        f[i] = e[i] = toRoman(Integer.parseInt(fold[i]));
        variants.add(f);
        variants.add(e);
      }
    }
    for (int v = 0; v < variants.size(); v += 2) {
      String key = String.join("", variants.get(v));
      Entry e = new Entry(unit, String.join("", variants.get(v + 1)), type, numeric);
      List<Entry> list = index.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(e)) {
        list.add(e);
      }
    }
    return bare.size();
  }

  private static Map<String, Entry[]> freeze(Map<String, List<Entry>> m) {
    Map<String, Entry[]> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, v.toArray(new Entry[0])));
    return out;
  }

  static int roman(String s) {
    int total = 0;
    int prev = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'I', 'i' -> 1;
            case 'V', 'v' -> 5;
            case 'X', 'x' -> 10;
            default -> -1000;
          };
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total > 0 && toRoman(total).equalsIgnoreCase(s) ? total : -1;
  }

  static String toRoman(int n) {
    StringBuilder sb = new StringBuilder();
    int[] val = {10, 9, 5, 4, 1};
    String[] sym = {"x", "ix", "v", "iv", "i"};
    for (int i = 0; i < val.length; i++) {
      while (n >= val[i]) {
        sb.append(sym[i]);
        n -= val[i];
      }
    }
    return sb.toString();
  }

  /** Orders unit names by their name without the type word, numbers first and numerically. */
  private static Comparator<String> nameOrder(Collator collator) {
    Map<String, SortKey> keys = new HashMap<>(); // collation keys are costly: one per name
    return Comparator.comparing(
        name ->
            keys.computeIfAbsent(
                name,
                k -> {
                  String bare = bareName(k);
                  return new SortKey(
                      number(bare), collator.getCollationKey(bare), collator.getCollationKey(k));
                }));
  }

  private record SortKey(int number, CollationKey bare, CollationKey full)
      implements Comparable<SortKey> {
    @Override
    public int compareTo(SortKey o) {
      if (number >= 0 || o.number >= 0) {
        if (number < 0) {
          return 1;
        }
        if (o.number < 0) {
          return -1;
        }
        if (number != o.number) {
          return Integer.compare(number, o.number);
        }
      }
      int c = bare.compareTo(o.bare);
      return c != 0 ? c : full.compareTo(o.full);
    }
  }

  private static final String[] NAME_PREFIXES = {
    "Thành phố ", "Thị trấn ", "Thị xã ", "Phường ", "Xã ", "Quận ", "Huyện ", "Tỉnh "
  };

  private static String bareName(String name) {
    for (String p : NAME_PREFIXES) {
      if (name.regionMatches(true, 0, p, 0, p.length()) && name.length() > p.length()) {
        return name.substring(p.length());
      }
    }
    return name;
  }

  private static int number(String bare) {
    if (bare.length() <= 6
        && !bare.isEmpty()
        && bare.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return Integer.parseInt(bare);
    }
    return ROMAN.matcher(bare).matches() ? roman(bare) : -1;
  }

  /**
   * Separates the folded and the exact form of a word in the autocomplete vocabulary (sorts first).
   */
  private static final char WORD_SEPARATOR = '\u0001';

  /**
   * Words of a label for autocomplete: "fold \u0001 exact" → weight (3 commune name, 2 district, 1
   * province; type words and their abbreviations weigh 1).
   */
  private void labelWords(Map<String, Integer> words, String name, int weight, int allowed) {
    if (name.isEmpty()) {
      return;
    }
    List<Token> t = nameTokens(name);
    TypeWord w = leadingType(t, allowed);
    int typeWords = w == null ? 0 : w.fold().length;
    if (w != null) {
      String abbreviation =
          String.join(
              "", Arrays.stream(w.fold()).map(s -> s.substring(0, 1)).toArray(String[]::new));
      words.merge(abbreviation + WORD_SEPARATOR + abbreviation, 1, Math::max);
    }
    for (int i = 0; i < t.size(); i++) {
      int wt = i < typeWords ? 1 : weight;
      words.merge(t.get(i).fold() + WORD_SEPARATOR + t.get(i).exact(), wt, Math::max);
      if (t.get(i).digits() && t.get(i).fold().length() <= 2) {
        int n = Integer.parseInt(t.get(i).fold());
        if (n > 0 && n < 40) {
          words.merge(toRoman(n) + WORD_SEPARATOR + toRoman(n), wt, Math::max);
        }
      }
    }
    String[] raw = name.trim().split("\\s+");
    String last = raw[raw.length - 1];
    if (ROMAN.matcher(last).matches() && roman(last) > 0) {
      String d = Integer.toString(roman(last));
      words.merge(d + WORD_SEPARATOR + d, weight, Math::max);
    }
  }

  // ---------------------------------------------------------------------------- resolve

  /** Resolves a free-form old address. Never throws; see {@link Status}. */
  public Resolution resolve(String freeFormOldAddress) {
    String input = AddressNormalizer.clean(freeFormOldAddress);
    List<Token> all = AddressNormalizer.tokens(freeFormOldAddress); // line breaks separate parts
    boolean letters = false;
    for (Token tk : all) {
      letters |= !tk.digits();
    }
    if (!letters) {
      return new Resolution(input, Status.INVALID, List.of(), 0, null, null, "resolve.invalid");
    }
    int n = all.size();
    n = stripTrailingJunk(all, n);
    int from = Math.max(0, n - MAX_TOKENS);
    Token[] t = all.subList(from, n).toArray(new Token[0]);
    Found f = new Found();
    parse(t, f, false);
    if (f.top() < FULL_ADDRESS_SCORE) {
      // maybe written large to small ("TP HCM, Quận 10, Phường 14"): read the parts in reverse
      Token[] r = reverseSegments(t);
      if (r != null) {
        Found g = new Found();
        parse(r, g, true);
        if (!g.best.isEmpty() && g.top() - 2 > f.top()) {
          f = g;
        }
      }
    }
    return answer(input, f);
  }

  /** Drops a trailing country name or postal code. */
  private static int stripTrailingJunk(List<Token> t, int n) {
    while (n > 0) {
      String last = t.get(n - 1).fold();
      if (n >= 2 && last.equals("nam") && t.get(n - 2).fold().equals("viet")) {
        n -= 2;
      } else if (last.equals("vietnam")
          || last.equals("vn")
          || t.get(n - 1).digits() && last.length() >= 5) {
        n--;
      } else {
        break;
      }
    }
    return n;
  }

  private static Token[] reverseSegments(Token[] t) {
    List<List<Token>> segs = new ArrayList<>();
    for (Token tk : t) {
      if (tk.segStart() || segs.isEmpty()) {
        segs.add(new ArrayList<>());
      }
      segs.get(segs.size() - 1).add(tk);
    }
    if (segs.size() < 2) {
      return null;
    }
    Collections.reverse(segs);
    List<Token> out = new ArrayList<>();
    for (List<Token> s : segs) {
      for (int i = 0; i < s.size(); i++) {
        Token tk = s.get(i);
        out.add(new Token(tk.fold(), tk.exact(), i == 0, tk.digits()));
      }
    }
    return out.toArray(new Token[0]);
  }

  /** Score of a commune read with its type word and district: no need to try other readings. */
  private static final int FULL_ADDRESS_SCORE = 40;

  /** The readings found for one text. */
  private static final class Found {
    /** candidate (commune index, or communes.length + district index) → best score. */
    final HashMap<Integer, Integer> best = new HashMap<>();

    int largerScore = Integer.MIN_VALUE;
    int largerDistrict = -1;
    int largerProvince = -1;

    void offer(int candidate, int score) {
      best.merge(candidate, score, Math::max);
    }

    int top() {
      int t = largerScore;
      for (int v : best.values()) {
        t = Math.max(t, v);
      }
      return t;
    }

    void offerLarger(int score, int district, int province) {
      if (score > largerScore) {
        largerScore = score;
        largerDistrict = district;
        largerProvince = province;
      }
    }
  }

  /**
   * Reads the text; with {@code needLarger}, only readings that recognise a district or province
   * count.
   */
  private void parse(Token[] t, Found f, boolean needLarger) {
    int n = t.length;
    // text typed entirely without diacritics says nothing about them: "ia bang" may be Ia Bang or
    // Ia Băng
    boolean marks = false;
    for (Token tk : t) {
      marks |= !tk.plain();
    }
    List<Opt> provinceOpts = provinceOptions(t, n, marks);
    List<Opt[]> chains = new ArrayList<>();
    for (Opt p : provinceOpts) {
      for (Opt d : districtOptions(t, p.start(), p.unit(), marks)) {
        chains.add(new Opt[] {p, d});
        int base = p.score() + d.score();
        if (d.unit() >= 0 && districtMatch[d.unit()] != null) {
          f.offer(communes.length + d.unit(), base);
          continue;
        }
        if (d.unit() >= 0 || p.unit() >= 0) {
          f.offerLarger(base, d.unit(), d.unit() >= 0 ? districtProvince[d.unit()] : p.unit());
        } else if (needLarger) {
          continue;
        }
        communeOptions(t, d.start(), p.unit(), d.unit(), true, base, marks, f);
      }
    }
    if (f.best.isEmpty()) {
      // the commune is not right before the district or province (a typo in between, a note
      // like "(cũ)"): accept it anywhere in front, but only when its type word is written, and
      // within the district or province if one was recognised
      boolean larger = needLarger || f.largerScore > Integer.MIN_VALUE;
      for (Opt[] c : chains) {
        if (larger && c[0].unit() < 0 && c[1].unit() < 0) {
          continue;
        }
        if (c[1].unit() < 0 || districtMatch[c[1].unit()] == null) {
          communeOptions(
              t,
              c[1].start(),
              c[0].unit(),
              c[1].unit(),
              false,
              c[0].score() + c[1].score(),
              marks,
              f);
        }
      }
    }
  }

  /*
   * Scores. A reading is a chain (province?, district?, commune?) read from the end of the text; its
   * score is the sum of its parts. Province 8, district 12, commune 20; but a district written with
   * neither its type word nor a province scores 6, a commune with neither type word nor larger unit
   * 4: "Củ Chi" alone is more likely the district than the thị trấn of the same name. A written
   * type word that agrees adds 4 (commune 6), one that disagrees costs 2 (commune 4): people do write
   * "xã" for a thị trấn. Diacritics exactly as in the name add 2, none or fewer than the name's 1,
   * different ones 0: this separates Hoằng Phú from Hoằng Phụ when typed, and ties them when not.
   * A bare number needs its type word or a part of its own ("123 Lê Lợi" is not Phường 123).
   */

  private List<Opt> provinceOptions(Token[] t, int end, boolean marks) {
    List<Opt> out = new ArrayList<>();
    out.add(new Opt(-1, end, 0));
    spans(
        t,
        end,
        maxProvinceWords,
        provinceKeys,
        marks,
        (s, e, entries, exactText) -> {
          TypeHit tb = typeBefore(t, s);
          if (tb != null && (tb.mask() & PROVINCE_TYPES) == 0) {
            return;
          }
          for (Entry en : entries) {
            int score = 8 + typeScore(tb, en.type(), 4, -2) + exactScore(exactText, en.exact());
            addBest(out, new Opt(en.unit(), tb == null ? s : tb.start(), score));
          }
        });
    return out;
  }

  private List<Opt> districtOptions(Token[] t, int end, int province, boolean marks) {
    List<Opt> out = new ArrayList<>();
    out.add(new Opt(-1, end, 0));
    spans(
        t,
        end,
        maxDistrictWords,
        districtKeys,
        marks,
        (s, e, entries, exactText) -> {
          TypeHit tb = typeBefore(t, s);
          if (tb != null && (tb.mask() & DISTRICT_TYPES) == 0) {
            return;
          }
          for (Entry en : entries) {
            if (province >= 0 && districtProvince[en.unit()] != province) {
              continue;
            }
            if (en.numeric() && tb == null && !wholeSegment(t, s, end)) {
              continue;
            }
            int base = tb != null || province >= 0 ? 12 : 6;
            int score = base + typeScore(tb, en.type(), 4, -2) + exactScore(exactText, en.exact());
            addBest(out, new Opt(en.unit(), tb == null ? s : tb.start(), score));
          }
        });
    return out;
  }

  /**
   * Communes ending at {@code end} (anchored) or anywhere before it with a written type word.
   * Scope: the district if known, else the province, else the country.
   */
  private void communeOptions(
      Token[] t,
      int end,
      int province,
      int district,
      boolean anchored,
      int base,
      boolean marks,
      Found f) {
    int lastEnd = anchored ? end : 1;
    for (int e = end; e >= lastEnd; e--) {
      final int spanEnd = e;
      spans(
          t,
          e,
          maxCommuneWords,
          communeKeys,
          marks,
          (s, ee, entries, exactText) -> {
            TypeHit tb = typeBefore(t, s);
            if (tb != null && (tb.mask() & COMMUNE_TYPES) == 0 || !anchored && tb == null) {
              return;
            }
            int start = tb == null ? s : tb.start();
            boolean context = district >= 0 || province >= 0;
            for (Entry en : entries) {
              int c = en.unit();
              if (district >= 0
                  ? communeDistrict[c] != district
                  : province >= 0 && communeProvince[c] != province) {
                continue;
              }
              if (en.numeric() && tb == null && !wholeSegment(t, s, spanEnd)) {
                continue;
              }
              int score = tb != null || context ? 20 : 4;
              score += typeScore(tb, en.type(), 6, -4) + exactScore(exactText, en.exact());
              if (tb == null && start > 0 && !t[start].segStart()) {
                score -= 1; // words before the name in the same part: "tổ 5 Bến Thành"
              }
              if (!anchored) {
                score -= 6 + (end - spanEnd); // and one per word skipped
              }
              f.offer(c, base + score);
            }
          });
    }
  }

  private interface SpanVisitor {
    void visit(int start, int end, Entry[] entries, String exactText);
  }

  /**
   * Visits every run of words ending at {@code end} (within one part of the text) that is a known
   * name.
   */
  private static void spans(
      Token[] t, int end, int maxWords, Map<String, Entry[]> keys, boolean marks, SpanVisitor v) {
    String fold = "";
    String exact = "";
    for (int len = 1; len <= maxWords && end - len >= 0; len++) {
      int s = end - len;
      if (len > 1 && t[s + 1].segStart()) {
        break;
      }
      fold = t[s].fold() + fold;
      exact = t[s].exact() + exact;
      Entry[] entries = keys.get(fold);
      if (entries != null) {
        v.visit(s, end, entries, marks ? exact : null);
      }
    }
  }

  private static void addBest(List<Opt> out, Opt o) {
    for (int i = 0; i < out.size(); i++) {
      Opt x = out.get(i);
      if (x.unit() == o.unit() && x.start() == o.start()) {
        if (o.score() > x.score()) {
          out.set(i, o);
        }
        return;
      }
    }
    out.add(o);
  }

  /** The type word written just before token {@code s}, in the same part of the text. */
  private static TypeHit typeBefore(Token[] t, int s) {
    if (s == 0 || t[s].segStart()) {
      return null;
    }
    for (TypeWord w : TYPE_WORDS) {
      int k = w.fold().length;
      int st = s - k;
      if (st < 0) {
        continue;
      }
      boolean ok = true;
      for (int j = 0; j < k && ok; j++) {
        Token x = t[st + j];
        ok =
            (j == 0 || !x.segStart())
                && x.fold().equals(w.fold()[j])
                && (x.plain() || w.exact() != null && exactScore(x.exact(), w.exact()[j]) > 0);
      }
      if (ok) {
        return new TypeHit(w.mask(), st);
      }
    }
    return null;
  }

  private static boolean wholeSegment(Token[] t, int s, int end) {
    return (s == 0 || t[s].segStart()) && (end == t.length || t[end].segStart());
  }

  private static int typeScore(TypeHit tb, int type, int agree, int disagree) {
    if (tb == null) {
      return 0;
    }
    return (tb.mask() & type) != 0 ? agree : disagree;
  }

  /**
   * 2 when the typed diacritics are exactly the name's, 1 when the typed text has fewer (or none:
   * null for text typed without any diacritic), else 0.
   */
  static int exactScore(String typed, String name) {
    if (typed == null) {
      return 1;
    }
    if (typed.equals(name)) {
      return 2;
    }
    if (typed.length() != name.length()) {
      return 0;
    }
    for (int i = 0; i < typed.length(); i++) {
      char a = typed.charAt(i);
      char b = name.charAt(i);
      if (a != b && !(a < 128 && a == AddressNormalizer.foldChar(b))) {
        return 0;
      }
    }
    return 1;
  }

  private Match match(int candidate, int score) {
    Match m =
        candidate < communes.length
            ? communeMatch[candidate]
            : districtMatch[candidate - communes.length];
    return new Match(
        m.level(),
        m.code(),
        m.name(),
        m.type(),
        m.districtCode(),
        m.districtName(),
        m.provinceCode(),
        m.provinceName(),
        score,
        m.successors());
  }

  /** Alternatives shown after the best commune: those at most this much weaker. */
  private static final int ALTERNATIVE_MARGIN = 10;

  private Resolution answer(String input, Found f) {
    List<Map.Entry<Integer, Integer>> found = new ArrayList<>(f.best.entrySet());
    found.sort(
        (a, b) ->
            a.getValue().equals(b.getValue())
                ? code(a.getKey()).compareTo(code(b.getKey()))
                : Integer.compare(b.getValue(), a.getValue()));
    boolean communeLevel = !found.isEmpty() && found.get(0).getValue() >= f.largerScore;
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < found.size() && i < MAX_MATCHES; i++) {
      if (communeLevel && found.get(i).getValue() < found.get(0).getValue() - ALTERNATIVE_MARGIN) {
        break; // a far weaker reading, e.g. "Chí Minh" read from "TP Hồ Chí Minh"
      }
      matches.add(match(found.get(i).getKey(), found.get(i).getValue()));
    }
    matches = List.copyOf(matches);
    if (communeLevel) {
      int top = found.get(0).getValue();
      int tied = 0;
      String district = null;
      String province = null;
      boolean oneDistrict = true;
      boolean oneProvince = true;
      for (Map.Entry<Integer, Integer> e : found) {
        if (e.getValue() != top) {
          break;
        }
        Match m = candidateTemplate(e.getKey());
        oneDistrict &= district == null || district.equals(m.districtCode());
        oneProvince &= province == null || province.equals(m.provinceCode());
        district = m.districtCode();
        province = m.provinceCode();
        tied++;
      }
      OldDistrict d = oneDistrict ? districts[districtIndex.get(district)] : null;
      OldProvince p = oneProvince ? provinces[provinceIndex.get(province)] : null;
      if (tied > 1) {
        return new Resolution(
            input,
            Status.AMBIGUOUS,
            matches,
            tied,
            d,
            p,
            oneDistrict ? "resolve.ambiguous.sameDistrict" : "resolve.ambiguous");
      }
      Match best = matches.get(0);
      if (best.split()) {
        return new Resolution(input, Status.SPLIT, matches, 1, d, p, "resolve.split");
      }
      return new Resolution(
          input,
          Status.RESOLVED,
          matches,
          1,
          d,
          p,
          best.successors().get(0).partial()
              ? "resolve.resolved.allResidents"
              : "resolve.resolved");
    }
    if (f.largerDistrict >= 0) {
      return new Resolution(
          input,
          Status.DISTRICT_ONLY,
          matches,
          matches.size(),
          districts[f.largerDistrict],
          provinces[districtProvince[f.largerDistrict]],
          "resolve.districtOnly");
    }
    if (f.largerProvince >= 0) {
      return new Resolution(
          input,
          Status.PROVINCE_ONLY,
          matches,
          matches.size(),
          null,
          provinces[f.largerProvince],
          "resolve.provinceOnly");
    }
    return new Resolution(input, Status.NOT_FOUND, List.of(), 0, null, null, "resolve.notFound");
  }

  private Match candidateTemplate(int candidate) {
    return candidate < communes.length
        ? communeMatch[candidate]
        : districtMatch[candidate - communes.length];
  }

  private String code(int candidate) {
    return candidateTemplate(candidate).code();
  }

  // ---------------------------------------------------------------------------- lookups

  /** The new commune-level unit with this (new) code, and everything it absorbed. */
  public Optional<NewUnitView> newUnit(String newCode) {
    return newCode == null ? Optional.empty() : Optional.ofNullable(newUnits.get(newCode.strip()));
  }

  /**
   * The answer for one old commune code (score 0). Also accepts the code of one of the five old
   * districts that had no communes (Côn Đảo, Lý Sơn, ...).
   */
  public Optional<Match> oldCommune(String oldCode) {
    if (oldCode == null) {
      return Optional.empty();
    }
    String c = oldCode.strip();
    Integer i = communeIndex.get(c);
    if (i != null) {
      return Optional.of(communeMatch[i]);
    }
    Integer d = districtIndex.get(c);
    return d == null ? Optional.empty() : Optional.ofNullable(districtMatch[d]);
  }

  /** Old provinces by name (Vietnamese order). */
  public List<OldProvince> oldProvinces() {
    return sortedProvinces;
  }

  /** Old districts of an old province: numbered ones (Quận 1 ... Quận 12) first, then by name. */
  public List<OldDistrict> oldDistricts(String provinceCode) {
    return provinceCode == null
        ? List.of()
        : sortedDistricts.getOrDefault(provinceCode.strip(), List.of());
  }

  /**
   * Old communes of an old district: numbered ones (Phường 1, Phường II ...) first, then by name.
   */
  public List<OldCommune> oldCommunes(String districtCode) {
    return districtCode == null
        ? List.of()
        : sortedCommunes.getOrDefault(districtCode.strip(), List.of());
  }

  public UnitTables tables() {
    return tables;
  }

  // ---------------------------------------------------------------------------- autocomplete

  /** First index of the vocabulary whose folded word is not below {@code key}. */
  private int lowerBound(String key) {
    int lo = 0;
    int hi = vocabFold.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (vocabFold[mid].compareTo(key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** 2 for a whole word (not just a prefix), plus 1 when the typed diacritics are the word's. */
  private int quality(int v, Token typed) {
    return (vocabFold[v].length() == typed.fold().length() ? 2 : 0)
        + (!typed.plain() && vocabExact[v].equals(typed.exact()) ? 1 : 0);
  }

  /**
   * Old communes whose "name, district, province" label has, for every typed word, a word starting
   * with it (diacritics ignored; "p 14 q 10" works). Best first: words of the commune name weigh
   * more than words of the district or province, whole words more than prefixes, matching
   * diacritics break ties, then Vietnamese name order. At most {@code min(limit, 20)}.
   */
  public List<OldCommuneSuggestion> suggest(String typed, int limit) {
    int max = Math.min(limit, MAX_MATCHES);
    if (typed == null || max <= 0) {
      return List.of();
    }
    List<Token> q = AddressNormalizer.tokens(typed);
    if (q.isEmpty()) {
      return List.of();
    }
    if (q.size() > 8) {
      q = q.subList(q.size() - 8, q.size());
    }
    // each typed word matches a range of the sorted vocabulary; the rarest goes first, so that the
    // others only have to confirm the communes still in the running
    int words = q.size();
    int[][] ranges = new int[words][];
    for (int w = 0; w < words; w++) {
      String p = q.get(w).fold();
      int from = lowerBound(p);
      int to = lowerBound(p + '\uffff');
      ranges[w] = new int[] {w, from, to, postingsBefore[to] - postingsBefore[from]};
    }
    Arrays.sort(ranges, Comparator.comparingInt((int[] r) -> r[3]));
    int n = communes.length;
    int[] sum = new int[n];
    int[] best = new int[n];
    int[] rounds = new int[n]; // how many typed words a commune has matched
    int[] alive = new int[n];
    int[] next = new int[n];
    int aliveCount = 0;
    for (int round = 0; round < words; round++) {
      Token tk = q.get(ranges[round][0]);
      int from = ranges[round][1];
      int to = ranges[round][2];
      int count = 0;
      if (round == 0 || aliveCount * 16L > ranges[round][3]) {
        for (int v = from; v < to; v++) {
          int quality = quality(v, tk);
          for (int posting : postings[v]) {
            int c = posting >>> 2;
            if (rounds[c] != round) {
              continue; // missed an earlier word
            }
            if (best[c] == 0) {
              next[count++] = c;
            }
            best[c] = Math.max(best[c], (posting & 3) * 4 + quality + 1);
          }
        }
      } else {
        // few communes left: look up their own words instead of walking the range
        for (int k = 0; k < aliveCount; k++) {
          int c = alive[k];
          for (int word : communeWords[c]) {
            int v = word >>> 2;
            if (v >= from && v < to) {
              if (best[c] == 0) {
                next[count++] = c;
              }
              best[c] = Math.max(best[c], (word & 3) * 4 + quality(v, tk) + 1);
            }
          }
        }
      }
      if (count == 0) {
        return List.of();
      }
      for (int k = 0; k < count; k++) {
        int c = next[k];
        sum[c] += best[c];
        best[c] = 0;
        rounds[c] = round + 1;
      }
      int[] swap = alive;
      alive = next;
      next = swap;
      aliveCount = count;
    }
    // keep the best max keys (score, then name order) without sorting every candidate
    long[] top = new long[max];
    int size = 0;
    for (int k = 0; k < aliveCount; k++) {
      int c = alive[k];
      long key = ((long) (100_000 - sum[c]) << 32) | labelRank[c];
      if (size == max && key >= top[size - 1]) {
        continue;
      }
      int at = size == max ? size - 1 : size++;
      while (at > 0 && top[at - 1] > key) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = key;
    }
    List<OldCommuneSuggestion> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(suggestions[rankToCommune[(int) (top[k] & 0xFFFFFFFFL)]]);
    }
    return List.copyOf(out);
  }
}
