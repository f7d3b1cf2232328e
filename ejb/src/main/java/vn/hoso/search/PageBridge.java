package vn.hoso.search;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.StringJoiner;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;
import vn.hoso.records.Page;
import vn.hoso.storage.BlobStore;

/**
 * Writes a page's index entry: its text three ways (folded, exact, syllable pairs), its document's
 * and dossier's descriptive text the same three ways, and the keywords that filter, facet and sort.
 * Declares what it reads, so that an edit of the document or dossier re-indexes its pages on
 * commit. Each entry also carries a {@link #fingerprint} of what it was written from, which the
 * index check recomputes from the database to find entries that describe an older state.
 */
final class PageBridge implements TypeBridge<Page> {

  // full text: the page's own text, and the descriptive metadata (type, summary, number, title)
  static final String TEXT = "text";
  static final String TEXT_EXACT = "text_exact";
  static final String TEXT_PAIRS = "text_pairs";
  static final String META = "meta";
  static final String META_EXACT = "meta_exact";
  static final String META_PAIRS = "meta_pairs";
  // filters and facets
  static final String ACCESS = "access";
  static final String HOLDER = "holder";
  static final String ORIGIN = "origin";
  static final String KIND = "kind";
  static final String TYPE = "type";
  static final String FONDS = "fonds";
  static final String YEAR = "year";
  static final String DATE = "date";
  static final String SUBJECT = "subject";
  static final String BUSINESS = "business";
  static final String NUMBER = "number";
  static final String DOCUMENT = "document_id";
  // upkeep: what the entry was written from (see fingerprint)
  static final String FINGERPRINT = "fingerprint";

  /** Hex digits of the SHA-256 kept: 64 bits tell a stale entry from a current one. */
  private static final int FINGERPRINT_HEX = 16;

  /**
   * A page's sample bucket, 0 to {@value #BUCKETS}-1, spread evenly and independently of the order
   * pages were stored in: facets over a very large result are counted on a few buckets and scaled.
   */
  static final String SAMPLE = "sample";

  static final int BUCKETS = 256;

  /** Declares the fields and what the bridge reads. */
  static final class Binder implements TypeBinder {
    @Override
    public void bind(TypeBindingContext context) {
      context
          .dependencies()
          .use("textContent")
          .use("pageNo")
          .use("document.kind")
          .use("document.typeName")
          .use("document.summary")
          .use("document.number")
          .use("document.notation")
          .use("document.issuingOrgan")
          .use("document.issuedDate")
          .use("document.access")
          .use("document.subjects")
          .use("document.businessCodes")
          .use("document.version")
          .use("document.dossier.title")
          .use("document.dossier.code")
          .use("document.dossier.startDate")
          .use("document.dossier.receivingCode")
          .use("document.dossier.originCode");
      IndexSchemaElement schema = context.indexSchemaElement();
      IndexFieldTypeFactory f = context.typeFactory();
      var folded = f.asString().analyzer(SearchAnalysis.FOLDED).toIndexFieldType();
      var exact = f.asString().analyzer(SearchAnalysis.EXACT).toIndexFieldType();
      var pairs = f.asString().analyzer(SearchAnalysis.PAIRS).toIndexFieldType();
      var keyword =
          f.asString()
              .searchable(Searchable.YES)
              .aggregable(Aggregable.YES)
              .projectable(Projectable.NO)
              .toIndexFieldType();
      var filterOnly =
          f.asString()
              .searchable(Searchable.YES)
              .aggregable(Aggregable.NO)
              .projectable(Projectable.NO)
              .toIndexFieldType();
      context.bridge(
          Page.class,
          new PageBridge(
              schema.field(TEXT, folded).toReference(),
              schema.field(TEXT_EXACT, exact).toReference(),
              schema.field(TEXT_PAIRS, pairs).toReference(),
              schema.field(META, folded).toReference(),
              schema.field(META_EXACT, exact).toReference(),
              schema.field(META_PAIRS, pairs).toReference(),
              schema.field(ACCESS, filterOnly).toReference(),
              schema.field(HOLDER, keyword).toReference(),
              schema.field(ORIGIN, keyword).toReference(),
              schema.field(KIND, keyword).toReference(),
              schema.field(TYPE, keyword).toReference(),
              schema.field(FONDS, keyword).toReference(),
              schema
                  .field(
                      YEAR,
                      f.asInteger()
                          .aggregable(Aggregable.YES)
                          .sortable(Sortable.YES)
                          .searchable(Searchable.YES))
                  .toReference(),
              schema
                  .field(DATE, f.asLocalDate().sortable(Sortable.YES).searchable(Searchable.YES))
                  .toReference(),
              schema.field(SUBJECT, filterOnly).multiValued().toReference(),
              schema.field(BUSINESS, filterOnly).multiValued().toReference(),
              schema.field(NUMBER, filterOnly).multiValued().toReference(),
              schema
                  .field(
                      DOCUMENT, f.asLong().projectable(Projectable.YES).searchable(Searchable.YES))
                  .toReference(),
              schema.field(SAMPLE, f.asInteger().searchable(Searchable.YES)).toReference(),
              schema
                  .field(
                      FINGERPRINT,
                      f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                  .toReference()));
    }
  }

  private final IndexFieldReference<String> text;
  private final IndexFieldReference<String> textExact;
  private final IndexFieldReference<String> textPairs;
  private final IndexFieldReference<String> meta;
  private final IndexFieldReference<String> metaExact;
  private final IndexFieldReference<String> metaPairs;
  private final IndexFieldReference<String> access;
  private final IndexFieldReference<String> holder;
  private final IndexFieldReference<String> origin;
  private final IndexFieldReference<String> kind;
  private final IndexFieldReference<String> type;
  private final IndexFieldReference<String> fonds;
  private final IndexFieldReference<Integer> year;
  private final IndexFieldReference<LocalDate> date;
  private final IndexFieldReference<String> subject;
  private final IndexFieldReference<String> business;
  private final IndexFieldReference<String> number;
  private final IndexFieldReference<Long> document;
  private final IndexFieldReference<Integer> sample;
  private final IndexFieldReference<String> fingerprint;

  @SuppressWarnings("java:S107") // one reference per field, created together by the binder
  private PageBridge(
      IndexFieldReference<String> text,
      IndexFieldReference<String> textExact,
      IndexFieldReference<String> textPairs,
      IndexFieldReference<String> meta,
      IndexFieldReference<String> metaExact,
      IndexFieldReference<String> metaPairs,
      IndexFieldReference<String> access,
      IndexFieldReference<String> holder,
      IndexFieldReference<String> origin,
      IndexFieldReference<String> kind,
      IndexFieldReference<String> type,
      IndexFieldReference<String> fonds,
      IndexFieldReference<Integer> year,
      IndexFieldReference<LocalDate> date,
      IndexFieldReference<String> subject,
      IndexFieldReference<String> business,
      IndexFieldReference<String> number,
      IndexFieldReference<Long> document,
      IndexFieldReference<Integer> sample,
      IndexFieldReference<String> fingerprint) {
    this.text = text;
    this.textExact = textExact;
    this.textPairs = textPairs;
    this.meta = meta;
    this.metaExact = metaExact;
    this.metaPairs = metaPairs;
    this.access = access;
    this.holder = holder;
    this.origin = origin;
    this.kind = kind;
    this.type = type;
    this.fonds = fonds;
    this.year = year;
    this.date = date;
    this.subject = subject;
    this.business = business;
    this.number = number;
    this.document = document;
    this.sample = sample;
    this.fingerprint = fingerprint;
  }

  @Override
  public void write(DocumentElement target, Page page, TypeBridgeWriteContext context) {
    Document d = page.getDocument();
    Dossier s = d.getDossier();
    String body = nfc(page.getTextContent());
    if (!body.isEmpty()) {
      target.addValue(text, body);
      target.addValue(textExact, body);
      target.addValue(textPairs, body);
    }
    StringJoiner description = new StringJoiner("\n");
    for (String part :
        new String[] {
          d.getTypeName(),
          d.getSummary(),
          d.getNumber(),
          d.getNotation(),
          d.getIssuingOrgan(),
          s.getTitle()
        }) {
      if (part != null && !part.isBlank()) {
        description.add(nfc(part));
      }
    }
    String metaText = description.toString();
    target.addValue(meta, metaText);
    target.addValue(metaExact, metaText);
    target.addValue(metaPairs, metaText);
    target.addValue(access, d.getAccess().code());
    target.addValue(holder, s.getReceivingCode());
    target.addValue(origin, Units.originKey(s.getOriginLevel(), s.getOriginCode()));
    target.addValue(kind, d.getKind());
    target.addValue(type, nfc(d.getTypeName()));
    if (s.getFonds() != null) {
      target.addValue(fonds, s.getFonds().getCode());
    }
    LocalDate when = d.getIssuedDate() != null ? d.getIssuedDate() : s.getStartDate();
    if (when != null) {
      target.addValue(date, when);
      target.addValue(year, when.getYear());
    }
    for (Document.Subject subj : d.getSubjects()) {
      if (subj.personalId() != null && !subj.personalId().isBlank()) {
        target.addValue(subject, subj.personalId().strip());
      }
    }
    for (String code : d.getBusinessCodes()) {
      target.addValue(business, code.strip());
    }
    if (d.getNumber() != null && !d.getNumber().isBlank()) {
      target.addValue(number, Highlighter.fold(d.getNumber()));
    }
    target.addValue(document, d.getId());
    target.addValue(sample, sampleBucket(page.getId()));
    target.addValue(fingerprint, fingerprint(page));
  }

  /** Fibonacci hashing of the id: consecutive pages (one dossier) land in unrelated buckets. */
  static int sampleBucket(long pageId) {
    return (int) ((pageId * 0x9E3779B97F4A7C15L) >>> 56);
  }

  /**
   * A digest of everything the entry is written from — the page's text, the document's metadata and
   * version, the dossier's title, units, fonds and date — taken from the entities as they are, so
   * that the check computes the same value from the database. An entry whose fingerprint differs
   * was written from an older state: an edit committed whose index write never happened.
   */
  static String fingerprint(Page page) {
    Document d = page.getDocument();
    Dossier s = d.getDossier();
    StringJoiner all = new StringJoiner("\u001f");
    all.add(String.valueOf(page.getTextContent()));
    all.add(String.valueOf(d.getId()));
    all.add(String.valueOf(d.getVersion()));
    for (String part :
        new String[] {
          d.getKind(),
          d.getTypeName(),
          d.getSummary(),
          d.getNumber(),
          d.getNotation(),
          d.getIssuingOrgan(),
          String.valueOf(d.getIssuedDate()),
          d.getAccess().code(),
          s.getTitle(),
          s.getReceivingCode(),
          s.getOriginLevel(),
          s.getOriginCode(),
          String.valueOf(s.getStartDate()),
          s.getFonds() == null ? null : s.getFonds().getCode()
        }) {
      all.add(String.valueOf(part));
    }
    for (Document.Subject subj : d.getSubjects()) {
      all.add(String.valueOf(subj.personalId()));
    }
    // a set: its order as loaded is not fixed
    d.getBusinessCodes().stream().sorted().forEach(all::add);
    return BlobStore.sha256Hex(all.toString().getBytes(StandardCharsets.UTF_8))
        .substring(0, FINGERPRINT_HEX);
  }

  static String nfc(String s) {
    return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** Keys for units as they appear in the index. */
  static final class Units {
    private Units() {}

    static String originKey(String level, String code) {
      return (level == null ? "" : level) + ":" + (code == null ? "" : code);
    }
  }
}
