package vn.hoso.copies;

import com.itextpdf.kernel.pdf.MemoryLimitsAwareHandler;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.ReaderProperties;
import com.itextpdf.kernel.xmp.XMPConst;
import com.itextpdf.kernel.xmp.XMPException;
import com.itextpdf.kernel.xmp.XMPMeta;
import com.itextpdf.kernel.xmp.XMPMetaFactory;
import com.itextpdf.kernel.xmp.XMPSchemaRegistry;
import com.itextpdf.kernel.xmp.options.PropertyOptions;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import vn.hoso.copies.CopyContent.PageScan;
import vn.hoso.copies.CopyContent.RecordInfo;
import vn.hoso.copies.CopyContent.Unit;

/**
 * The machine-readable description of a copy, and where it travels inside the PDF.
 *
 * <p>It lives in the document's XMP metadata, as the property {@code hosocopy:sidecar} (the JSON
 * text) beside {@code hosocopy:code}, in hoso's own namespace {@value #NS}, declared by a PDF/A
 * extension schema ({@code pdfaExtension:schemas}) as PDF/A requires for any property outside the
 * predefined schemas. An embedded JSON file would be the obvious carrier, but PDF/A-2 (ISO 19005-2,
 * 6.8) allows only PDF/A files to be embedded — iText 9.5 writes such a file without complaint and
 * veraPDF then rejects the document (rule 6.8-5, tried); an associated JSON file is a PDF/A-3
 * feature. The signature covers the metadata stream like any other object, so the sidecar is as
 * trustworthy as the copy it sits in.
 */
final class CopySidecar {

  static final String NS = "https://hoso.vn/ns/copy/1.0/";
  static final String PREFIX = "hosocopy";

  private static final String PDFA_EXTENSION_PREFIX = "pdfaExtension";
  private static final String PDFA_SCHEMA_PREFIX = "pdfaSchema";
  private static final String PDFA_PROPERTY_PREFIX = "pdfaProperty";

  /**
   * One provider for all: {@code BUILDERS.createObjectBuilder()} looks the provider up through the
   * service loader on every call, which cost more than writing the whole sidecar.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());

  private CopySidecar() {}

  /** The sidecar's JSON. No person is named in it: it describes the copy, not the requester. */
  static String json(CopyContent c) {
    JsonObjectBuilder o = BUILDERS.createObjectBuilder();
    o.add("format", NS);
    o.add("code", c.code());
    o.add("kind", c.kind().name());
    o.add("title", c.kind().title());
    o.add(
        "register",
        BUILDERS
            .createObjectBuilder()
            .add("no", c.registerNo())
            .add("year", c.registerYear())
            .add("label", c.registerLabel()));
    o.add("issuedAt", c.issuedAt().toString());
    o.add("issuingUnit", unit(c.issuingUnit()));
    o.add("originUnit", unit(c.originUnit()));
    RecordInfo r = c.record();
    JsonObjectBuilder rec = BUILDERS.createObjectBuilder();
    put(rec, "fondsCode", r.fondsCode());
    put(rec, "fondsName", r.fondsName());
    put(rec, "dossierCode", r.dossierCode());
    put(rec, "dossierTitle", r.dossierTitle());
    put(rec, "documentCode", r.documentCode());
    put(rec, "typeName", r.typeName());
    put(rec, "number", r.number());
    put(rec, "notation", r.notation());
    put(rec, "issuedDate", r.issuedDate() == null ? null : r.issuedDate().toString());
    put(rec, "issuingOrgan", r.issuingOrgan());
    o.add("record", rec);
    JsonObjectBuilder dig = BUILDERS.createObjectBuilder();
    put(dig, "by", c.digitisedBy());
    put(dig, "on", c.digitisedOn() == null ? null : c.digitisedOn().toString());
    o.add("digitisation", dig);
    o.add("verifyUrl", c.verifyUrl());
    JsonArrayBuilder pages = BUILDERS.createArrayBuilder();
    int copyPage = 2;
    for (PageScan p : c.pages()) {
      JsonObjectBuilder page = BUILDERS.createObjectBuilder().add("pageNo", p.pageNo());
      put(page, "sha256", p.sha256());
      pages.add(page.add("copyPage", copyPage++));
    }
    o.add("pages", pages);
    StringWriter w = new StringWriter();
    try (var writer = JSON.createWriter(w)) {
      writer.writeObject(o.build());
    }
    return w.toString();
  }

  private static JsonValue unit(Unit u) {
    if (u == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder b = BUILDERS.createObjectBuilder();
    put(b, "code", u.code());
    put(b, "name", IssuedDocument.nfc(u.name()));
    return b.build();
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, IssuedDocument.nfc(value));
    }
  }

  /** Puts the code and sidecar into the document's XMP, with their PDF/A extension schema. */
  static void embed(PdfDocument pdf, String code, String json) throws XMPException {
    XMPSchemaRegistry registry = XMPMetaFactory.getSchemaRegistry();
    registry.registerNamespace(NS, PREFIX);
    registry.registerNamespace(XMPConst.NS_PDFA_EXTENSION, PDFA_EXTENSION_PREFIX);
    registry.registerNamespace(XMPConst.NS_PDFA_SCHEMA, PDFA_SCHEMA_PREFIX);
    registry.registerNamespace(XMPConst.NS_PDFA_PROPERTY, PDFA_PROPERTY_PREFIX);
    // A fresh packet: iText adds the document information and PDF/A identification to it when
    // the document is closed.
    XMPMeta xmp = XMPMetaFactory.create();
    xmp.appendArrayItem(
        XMPConst.NS_PDFA_EXTENSION,
        "schemas",
        new PropertyOptions(PropertyOptions.ARRAY),
        null,
        new PropertyOptions(PropertyOptions.STRUCT));
    String schema = "schemas[last()]";
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION,
        schema,
        XMPConst.NS_PDFA_SCHEMA,
        "schema",
        "hoso certified copy (bản sao do hoso cấp)");
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION, schema, XMPConst.NS_PDFA_SCHEMA, "namespaceURI", NS);
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION, schema, XMPConst.NS_PDFA_SCHEMA, "prefix", PREFIX);
    String properties = schema + "/" + PDFA_SCHEMA_PREFIX + ":property";
    declare(xmp, properties, "code", "Verification code of the certified copy");
    declare(xmp, properties, "sidecar", "Machine-readable description of the copy (JSON)");
    xmp.setProperty(NS, "code", code);
    xmp.setProperty(NS, "sidecar", json);
    pdf.setXmpMetadata(xmp);
  }

  private static void declare(XMPMeta xmp, String properties, String name, String description)
      throws XMPException {
    xmp.appendArrayItem(
        XMPConst.NS_PDFA_EXTENSION,
        properties,
        new PropertyOptions(PropertyOptions.ARRAY_ORDERED),
        null,
        new PropertyOptions(PropertyOptions.STRUCT));
    String p = properties + "[last()]";
    xmp.setStructField(XMPConst.NS_PDFA_EXTENSION, p, XMPConst.NS_PDFA_PROPERTY, "name", name);
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION, p, XMPConst.NS_PDFA_PROPERTY, "valueType", "Text");
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION, p, XMPConst.NS_PDFA_PROPERTY, "category", "external");
    xmp.setStructField(
        XMPConst.NS_PDFA_EXTENSION, p, XMPConst.NS_PDFA_PROPERTY, "description", description);
  }

  /** The sidecar of {@code pdf}, if it is a readable PDF carrying one; never throws. */
  static Optional<String> read(byte[] pdf) {
    if (pdf == null || pdf.length == 0) {
      return Optional.empty();
    }
    try (PdfDocument doc =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf), guarded()))) {
      XMPMeta xmp = doc.getXmpMetadata();
      if (xmp == null) {
        return Optional.empty();
      }
      return Optional.ofNullable(xmp.getPropertyString(NS, "sidecar"));
    } catch (Exception | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** Reader limits for files from outside: a hostile file cannot make us inflate gigabytes. */
  static ReaderProperties guarded() {
    MemoryLimitsAwareHandler limits = new MemoryLimitsAwareHandler();
    limits.setMaxSizeOfSingleDecompressedPdfStream(32 * 1024 * 1024);
    limits.setMaxSizeOfDecompressedPdfStreamsSum(128L * 1024 * 1024);
    return new ReaderProperties().setMemoryLimitsAwareHandler(limits);
  }
}
