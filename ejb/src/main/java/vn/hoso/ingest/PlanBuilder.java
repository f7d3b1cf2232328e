package vn.hoso.ingest;

import java.util.List;
import vn.hoso.ingest.check.CheckedPackage;
import vn.hoso.records.AccessLevel;
import vn.hoso.records.Document;
import vn.hoso.records.Dossier;

/**
 * Turns a checked package into the plan the store step follows: only the accepted dossiers, in
 * order.
 */
final class PlanBuilder {

  private PlanBuilder() {}

  static IngestPlan build(long handoverId, String bagDir, CheckedPackage c) {
    CheckedPackage.BagInfo info = c.bagInfo();
    CheckedPackage.Fonds f = c.fonds();
    IngestPlan.Fonds fonds =
        new IngestPlan.Fonds(
            f.code(),
            f.name(),
            info.originLevel(),
            info.originCode(),
            info.receivingUnit(),
            f.startYear(),
            f.endYear(),
            f.closed(),
            f.notes());
    List<IngestPlan.DossierPlan> dossiers =
        c.dossiers().stream()
            .map(
                d ->
                    new IngestPlan.DossierPlan(
                        description(d),
                        d.documents().stream().map(doc -> document(doc, c)).toList()))
            .toList();
    return new IngestPlan(handoverId, bagDir, fonds, dossiers);
  }

  private static Dossier.Description description(CheckedPackage.Dossier d) {
    return new Dossier.Description(
        d.code(),
        d.catalogNo(),
        d.boxNo(),
        d.fileNo(),
        d.title(),
        d.permanent() ? "permanent" : d.retentionYears().toString(),
        AccessLevel.ofCode(d.access()),
        d.language(),
        d.startDate(),
        d.endDate(),
        d.documentCount(),
        d.sheetCount(),
        d.pageCount(),
        d.physicalCondition(),
        d.keywords() == null ? null : String.join("; ", d.keywords()),
        d.notes());
  }

  private static IngestPlan.DocumentPlan document(CheckedPackage.Document d, CheckedPackage c) {
    Document.Description description =
        new Document.Description(
            d.code(),
            d.ordinal(),
            d.kind(),
            d.typeName(),
            d.number(),
            d.notation(),
            d.issuedDate(),
            d.issuingOrgan(),
            d.summary(),
            d.pageCount(),
            d.access() == null ? null : AccessLevel.ofCode(d.access()),
            d.autograph(),
            d.notes(),
            d.subjects().stream()
                .map(s -> new Document.Subject(s.id(), s.name(), s.birthDate()))
                .toList(),
            List.copyOf(d.businessCodes()));
    List<IngestPlan.PagePlan> pages =
        d.pages().stream()
            .map(
                p ->
                    new IngestPlan.PagePlan(
                        p.file(),
                        c.payloadSha256().get(p.file()),
                        p.mediaType(),
                        "application/pdf".equals(p.mediaType()) ? p.number() : null,
                        p.width(),
                        p.height(),
                        p.textLayer(),
                        p.suppliedText()))
            .toList();
    return new IngestPlan.DocumentPlan(description, pages);
  }
}
