package vn.hoso.ingest;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;
import vn.hoso.records.Fonds;
import vn.hoso.records.Page;
import vn.hoso.shared.TestDatabase;

/** Records stored as the ingest's writer stores them, for tests and benchmarks on a database. */
final class TestRecords {

  private TestRecords() {}

  /** A page as the writer stores it: a label for its file (digested), its hash and its text. */
  record Scan(String label, long hash, String text) {}

  /** A handover row for the dossiers to belong to; its id. */
  static long handover(TestDatabase db) throws SQLException {
    try (Connection c = db.connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into handover (state, received_by, received_at)"
              + " values ('COMPLETED', 'test', current_timestamp)",
          new String[] {"id"});
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** One dossier, one document per page, flushed. */
  static List<Page> storeDossier(EntityManager em, long handoverId, String code, List<Scan> scans) {
    Fonds fonds =
        em.createQuery("select f from Fonds f where f.code = 'P27169'", Fonds.class)
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Fonds f =
                      new Fonds(
                          "P27169",
                          "Phông 27169",
                          "commune",
                          "27169",
                          "27169",
                          1990,
                          2025,
                          true,
                          null);
                  em.persist(f);
                  return f;
                });
    Dossier dossier =
        new Dossier(
            fonds,
            handoverId,
            new Dossier.Description(
                code,
                null,
                null,
                null,
                "Hồ sơ " + code,
                "vĩnh viễn",
                AccessLevel.PUBLIC,
                "vi",
                java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2020, 12, 31),
                scans.size(),
                null,
                scans.size(),
                null,
                null,
                null));
    List<Page> pages = new ArrayList<>();
    int n = 0;
    for (Scan s : scans) {
      n++;
      Document doc =
          dossier.addDocument(
              new Document.Description(
                  code + "." + n,
                  n,
                  "other",
                  "Văn bản",
                  null,
                  null,
                  java.time.LocalDate.of(2020, 6, 1),
                  "UBND",
                  s.label(),
                  1,
                  AccessLevel.PUBLIC,
                  false,
                  null,
                  List.of(),
                  List.of()));
      String sha = sha256(code + "/" + s.label());
      em.createNativeQuery(
              "insert into blob (sha256, byte_size, media_type, created_at)"
                  + " values (?1, 1, 'image/png', current_timestamp)")
          .setParameter(1, sha)
          .executeUpdate();
      pages.add(
          doc.addPage(
              new Page.Scan(sha, "image/png", null, 1654, 2339, s.hash(), false),
              new Page.Text(Page.TextSource.OCR, s.text(), null, 90.0, false)));
    }
    em.persist(dossier);
    em.flush();
    return pages;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
