package vn.hoso.ingest.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.hoso.ingest.check.IngestProblem.Severity;

/** Collects findings and writes their location prefix, so every message reads the same way. */
final class Problems {

  private final List<IngestProblem> list = new ArrayList<>();

  void add(
      Severity severity,
      Msg msg,
      String file,
      Integer row,
      String column,
      String dossierCode,
      Object... args) {
    String prefix = prefix(msg, file, row, column);
    String text = msg.format(args);
    String message = prefix.isEmpty() ? capitalize(text) : prefix + text;
    list.add(new IngestProblem(severity, msg.code, file, row, column, dossierCode, message));
  }

  /** A finding about the package as a whole (no file). */
  void pkg(Msg msg, Object... args) {
    add(Severity.PACKAGE_REFUSED, msg, null, null, null, null, args);
  }

  /** A finding that refuses the package and names a file. */
  void pkgFile(Msg msg, String file, Object... args) {
    add(Severity.PACKAGE_REFUSED, msg, file, null, null, null, args);
  }

  void addAll(List<IngestProblem> problems) {
    list.addAll(problems);
  }

  List<IngestProblem> list() {
    return list;
  }

  boolean packageRefused() {
    return list.stream().anyMatch(p -> p.severity() == Severity.PACKAGE_REFUSED);
  }

  /** Every dossier code named by a DOSSIER_REFUSED finding. */
  Set<String> refusedDossiers() {
    Set<String> codes = new TreeSet<>();
    for (IngestProblem p : list) {
      if (p.severity() == Severity.DOSSIER_REFUSED && p.dossierCode() != null) {
        codes.add(p.dossierCode());
      }
    }
    return codes;
  }

  private static String prefix(Msg msg, String file, Integer row, String column) {
    String body;
    if (file == null) {
      body = "";
    } else if (msg.code.startsWith("zip.")) {
      body = "Mục “" + Msg.show(file) + "” trong tệp zip";
    } else {
      body = "Tệp " + Msg.show(file);
    }
    if (row != null) {
      body += (body.isEmpty() ? "Dòng " : ", dòng ") + row;
    }
    if (column != null) {
      String word = file != null && file.endsWith(".csv") ? "cột " : "trường ";
      body += (body.isEmpty() ? capitalize(word) : ", " + word) + Msg.show(column);
    }
    return body.isEmpty() ? "" : body + ": ";
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
