package vn.hoso.ingest;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import vn.hoso.ingest.check.CheckedPackage;
import vn.hoso.ingest.check.IngestLimits;
import vn.hoso.ingest.check.IngestProblem;
import vn.hoso.ingest.check.PackageChecker;
import vn.hoso.ingest.check.SafeUnzip;
import vn.hoso.ingest.check.UnitCatalog;
import vn.hoso.units.UnitDirectory;

/**
 * The check step: unzips the package safely, checks it against the handover package specification,
 * refuses it whole when a package-level check fails or when its identifier was already received
 * from that unit, and otherwise writes the plan of what to store (the accepted dossiers). Ends the
 * job with REFUSED or CHECKED.
 */
@Named
@Dependent
public class HandoverCheckBatchlet extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(HandoverCheckBatchlet.class.getName());

  @Inject @BatchProperty String handoverId;

  @Inject JobContext job;
  @Inject HandoverStore store;
  @Inject IngestSettings settings;
  @EJB UnitDirectory units;

  @Override
  public String process() throws Exception {
    long id = Long.parseLong(handoverId);
    long started = System.nanoTime();
    store.startChecking(id, job.getExecutionId());
    Handover h = store.get(id);
    Path dir = settings.handoverDir(id);
    Path pkg = Path.of(h.getPackagePath());
    IngestLimits limits = IngestLimits.defaults();
    Path bagDir;
    List<IngestProblem> unzipWarnings = new ArrayList<>();
    if (Files.isDirectory(pkg)) {
      bagDir = pkg;
    } else {
      Path target = dir.resolve("unzipped");
      HandoverFinishBatchlet.deleteQuietly(target);
      SafeUnzip.Result unzipped = SafeUnzip.extract(pkg, target, limits);
      if (unzipped.refused()) {
        store.refuse(id, json(unzipped.problems()));
        return "REFUSED";
      }
      unzipWarnings.addAll(unzipped.problems());
      bagDir = unzipped.bagDir();
    }
    UnitCatalog catalog =
        new UnitCatalog() {
          @Override
          public boolean oldUnitExists(String level, String code) {
            return units.oldUnitExists(level, code);
          }

          @Override
          public boolean newUnitExists(String code) {
            return units.newUnitExists(code);
          }
        };
    CheckedPackage checked = new PackageChecker().check(bagDir, catalog, limits);
    List<IngestProblem> problems = new ArrayList<>(unzipWarnings);
    problems.addAll(checked.problems());
    if (checked.refused()) {
      store.refuse(id, json(problems));
      return "REFUSED";
    }
    CheckedPackage.BagInfo info = checked.bagInfo();
    if (!store.claimIdentifier(
        id, info.originLevel(), info.originCode(), info.externalIdentifier())) {
      problems.add(
          0,
          new IngestProblem(
              IngestProblem.Severity.PACKAGE_REFUSED,
              "package.duplicate",
              "bag-info.txt",
              null,
              "External-Identifier",
              null,
              "Gói có mã “"
                  + info.externalIdentifier()
                  + "” của đơn vị "
                  + info.originLevel()
                  + ":"
                  + info.originCode()
                  + " đã được tiếp nhận trước đây. Không nhận lại gói trùng; nếu đây là"
                  + " gói bổ sung, hãy đặt một mã gói (External-Identifier) mới."));
      store.refuse(id, json(problems));
      return "REFUSED";
    }
    LOG.info(
        () ->
            String.format(
                "Handover %d checked in %d ms: %d dossiers to store, %d refused",
                id,
                (System.nanoTime() - started) / 1_000_000,
                checked.dossiers().size(),
                checked.refusedDossierCodes().size()));
    IngestPlan plan = PlanBuilder.build(id, bagDir.toString(), checked);
    PlanFiles.write(dir, plan);
    int refusedFiles =
        (int)
            checked.payloadSha256().keySet().stream()
                .filter(
                    path ->
                        checked.refusedDossierCodes().stream()
                            .anyMatch(code -> path.startsWith("data/files/" + code + "/")))
                .count();
    store.checked(
        id,
        plan,
        new HandoverStore.PackageFacts(
            info.externalIdentifier(),
            info.originLevel(),
            info.originCode(),
            info.receivingUnit(),
            info.sourceOrganization(),
            info.baggingDate(),
            checked.manifestSha256()),
        checked.refusedDossierCodes().size(),
        refusedFiles,
        json(problems));
    return "CHECKED";
  }

  private static String json(List<IngestProblem> problems) {
    return HandoverReport.toJson(
        problems.stream()
            .map(
                p ->
                    new HandoverReport.Problem(
                        p.severity().name(),
                        p.code(),
                        p.file(),
                        p.row(),
                        p.column(),
                        p.dossierCode(),
                        p.message()))
            .toList());
  }
}
