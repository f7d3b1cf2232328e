package vn.hoso.ingest.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoso.ingest.check.CheckedPackage.BagInfo;
import vn.hoso.ingest.check.CheckedPackage.Document;
import vn.hoso.ingest.check.CheckedPackage.Dossier;
import vn.hoso.ingest.check.IngestProblem.Severity;
import vn.hoso.ingest.check.RecordCheck.DocumentDraft;
import vn.hoso.ingest.check.RecordCheck.DossierDraft;

/**
 * Checks a handover package (version 1) that is already a directory: a bag from {@link SafeUnzip}
 * or one handed over as a directory. Stateless and thread-safe.
 *
 * <p>Order matters: the bag is verified first (no links, complete, every SHA-256 right) because
 * nothing in a bag that fails it can be trusted; only then are the CSVs and files read. A
 * package-level problem stops the check with nothing accepted. Otherwise every dossier is judged on
 * its own, and all problems are collected so the clerk sees them in one report.
 */
public final class PackageChecker {

  /** Checks the bag at {@code bagDir}. Never throws for anything wrong with the package. */
  public CheckedPackage check(Path bagDir, UnitCatalog units, IngestLimits limits) {
    Path dir = bagDir.toAbsolutePath().normalize();
    Problems problems = new Problems();
    BagCheck.Outcome bag = new BagCheck(dir, units, problems).run();
    if (problems.packageRefused()) {
      return refused(bag, null, problems);
    }

    RecordCheck records = new RecordCheck(problems, limits);
    CsvTable fonds =
        CsvTable.read(
            dir,
            "fonds.csv",
            RecordCheck.FONDS_REQUIRED,
            RecordCheck.FONDS_COLUMNS,
            limits,
            problems);
    if (fonds != null) {
      records.fonds(fonds, bag.info());
    }
    // Missing or unreadable dossiers.csv / documents.csv leave no dossier that could be judged,
    // so each refuses the package, like a broken fonds.csv.
    CsvTable dossiers =
        CsvTable.read(
            dir,
            "dossiers.csv",
            RecordCheck.DOSSIER_REQUIRED,
            RecordCheck.DOSSIER_COLUMNS,
            limits,
            problems);
    CsvTable documents =
        CsvTable.read(
            dir,
            "documents.csv",
            RecordCheck.DOCUMENT_REQUIRED,
            RecordCheck.DOCUMENT_COLUMNS,
            limits,
            problems);
    if (problems.packageRefused()) {
      return refused(bag, records.fonds, problems);
    }
    records.dossiers(dossiers, records.fonds.code());
    records.documents(documents);

    FileCheck files = new FileCheck(dir, limits, problems);
    files.index(bag.payloadSha256().keySet());
    for (DocumentDraft doc : records.documents) {
      if (!doc.duplicate) {
        files.check(doc);
      }
    }
    for (DossierDraft d : records.dossiers) {
      counts(d, problems);
    }
    files.reportUnclaimed();

    Set<String> refused = problems.refusedDossiers();
    List<Dossier> accepted = new ArrayList<>();
    for (DossierDraft d : records.dossiers) {
      if (!refused.contains(d.code)) {
        accepted.add(toDossier(d));
      }
    }
    return new CheckedPackage(
        bag.info(),
        records.fonds,
        accepted,
        refused,
        problems.list(),
        bag.manifestSha256(),
        bag.payloadSha256());
  }

  private static CheckedPackage refused(
      BagCheck.Outcome bag, CheckedPackage.Fonds fonds, Problems problems) {
    BagInfo info = bag.info();
    return new CheckedPackage(
        info,
        fonds,
        List.of(),
        problems.refusedDossiers(),
        problems.list(),
        bag.manifestSha256(),
        bag.payloadSha256() == null ? Map.of() : bag.payloadSha256());
  }

  /**
   * page_count of each document and of the dossier against the pages found, and a warning for
   * documents dated outside the dossier's dates. Counts are compared only where every file of the
   * document (or dossier) was read, so one broken file does not also show as a wrong count.
   */
  private static void counts(DossierDraft d, Problems problems) {
    if (d.duplicate) {
      return;
    }
    boolean allRead = true;
    int total = 0;
    for (DocumentDraft doc : d.documents) {
      if (doc.pages == null) {
        allRead = false;
        continue;
      }
      total += doc.pages.size();
      if (doc.pageCount != null && doc.pageCount != doc.pages.size()) {
        problems.add(
            Severity.DOSSIER_REFUSED,
            Msg.DOCUMENT_PAGE_COUNT,
            "data/documents.csv",
            doc.row,
            "page_count",
            d.code,
            doc.pageCount,
            doc.pages.size());
      }
      if (doc.issuedDate != null
          && d.startDate != null
          && d.endDate != null
          && !d.endDate.isBefore(d.startDate)
          && (doc.issuedDate.isBefore(d.startDate) || doc.issuedDate.isAfter(d.endDate))) {
        problems.add(
            Severity.WARNING,
            Msg.DOSSIER_DATES,
            "data/documents.csv",
            doc.row,
            "issued_date",
            d.code,
            doc.issuedDate.toString(),
            d.startDate.toString(),
            d.endDate.toString(),
            Msg.show(d.code));
      }
    }
    if (allRead && d.pageCount != null && d.pageCount != total) {
      problems.add(
          Severity.DOSSIER_REFUSED,
          Msg.DOSSIER_PAGE_COUNT,
          "data/dossiers.csv",
          d.row,
          "page_count",
          d.code,
          d.pageCount,
          Msg.show(d.code),
          total);
    }
  }

  private static Dossier toDossier(DossierDraft d) {
    List<Document> docs = new ArrayList<>();
    d.documents.stream()
        .sorted(Comparator.comparing((DocumentDraft x) -> x.ordinal))
        .forEach(
            x ->
                docs.add(
                    new Document(
                        x.row,
                        x.code,
                        x.dossierCode,
                        x.ordinal,
                        x.kind,
                        x.typeName,
                        x.number,
                        x.notation,
                        x.issuedDate,
                        x.issuingOrgan,
                        x.summary,
                        x.pageCount,
                        x.subjects,
                        x.businessCodes,
                        x.access,
                        x.autograph,
                        x.notes,
                        x.pdfFile,
                        x.textFile,
                        x.pages)));
    return new Dossier(
        d.row,
        d.code,
        d.fondsCode,
        d.catalogNo,
        d.boxNo,
        d.fileNo,
        d.title,
        d.retentionYears,
        d.access,
        d.language,
        d.startDate,
        d.endDate,
        d.documentCount,
        d.sheetCount,
        d.pageCount,
        d.physicalCondition,
        d.keywords,
        d.notes,
        List.copyOf(docs));
  }
}
