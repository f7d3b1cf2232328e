package vn.hoso.ingest.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.hoso.ingest.check.CheckedPackage.Page;
import vn.hoso.ingest.check.IngestProblem.Severity;
import vn.hoso.ingest.check.RecordCheck.DocumentDraft;

/**
 * The file stage: finds each document's files under data/files, checks each is what its name says
 * and readable within the limits, and builds the page list. A problem refuses the document's
 * dossier. Payload files that no document claims are reported as warnings and not stored: the
 * spec's table has no row for them, the bag itself is intact (they are in the manifest), and
 * refusing a dossier because of a file that belongs to no document would punish the wrong dossier;
 * the warning tells the clerk a file was left behind.
 */
final class FileCheck {

  private static final Pattern PAGE =
      Pattern.compile("(\\d{4})\\.(tif|tiff|png|jpg|jpeg)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CSVS =
      Set.of("data/fonds.csv", "data/dossiers.csv", "data/documents.csv");

  /** What was found for one document folder name. */
  private static final class Found {
    final List<String> pdfs = new ArrayList<>();
    final List<String> texts = new ArrayList<>();

    /** File name inside the document folder to bag-relative path. */
    final Map<String, String> folder = new TreeMap<>();

    /** Files in the document's place that follow no allowed name. */
    final List<String> misnamed = new ArrayList<>();

    boolean claimed;

    List<String> all() {
      List<String> out = new ArrayList<>(pdfs);
      out.addAll(texts);
      out.addAll(folder.values());
      out.addAll(misnamed);
      return out;
    }
  }

  private final Path bagDir;
  private final IngestLimits limits;
  private final Problems problems;
  private final Map<String, Found> found = new LinkedHashMap<>();
  private final List<String> loose = new ArrayList<>();

  FileCheck(Path bagDir, IngestLimits limits, Problems problems) {
    this.bagDir = bagDir;
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * Indexes the payload (the manifest's file list, which the bag check proved equal to the data
   * directory). Paths are matched in NFC, as the CSV values are, so a name written in NFD by one
   * operating system still matches.
   */
  void index(Collection<String> payload) {
    for (String p : new TreeSet<>(payload)) {
      String n = Normalizer.normalize(p, Normalizer.Form.NFC);
      if (CSVS.contains(n)) {
        continue;
      }
      String[] s = n.split("/");
      if (s.length < 4 || !s[0].equals("data") || !s[1].equals("files") || isJunk(s)) {
        loose.add(p);
        continue;
      }
      if (s.length == 4) {
        String name = s[3];
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        Found f = found(s[2], base);
        switch (ext) {
          case "pdf" -> f.pdfs.add(p);
          case "txt" -> f.texts.add(p);
          default -> f.misnamed.add(p);
        }
      } else if (s.length == 5) {
        found(s[2], s[3]).folder.put(s[4], p);
      } else {
        found(s[2], s[3]).misnamed.add(p);
      }
    }
  }

  /** Operating system litter, never a page: reported as unclaimed, never refused. */
  private static boolean isJunk(String[] segments) {
    String name = segments[segments.length - 1];
    return name.equals(".DS_Store")
        || name.equals("Thumbs.db")
        || name.equalsIgnoreCase("desktop.ini")
        || name.startsWith("._");
  }

  private Found found(String dossier, String document) {
    return found.computeIfAbsent(dossier + "/" + document, k -> new Found());
  }

  /** Sets {@code pages} on the document when its files are all right. */
  void check(DocumentDraft doc) {
    Found f = found.get(doc.dossierCode + "/" + doc.code);
    String dir = "data/files/" + doc.dossierCode + "/" + doc.code;
    if (f == null || (f.pdfs.isEmpty() && f.folder.isEmpty())) {
      refuse(
          doc,
          Msg.FILE_MISSING,
          "data/documents.csv",
          doc.row,
          "document_code",
          Msg.show(doc.code),
          dir,
          dir);
      if (f != null) {
        f.claimed = true;
        f.misnamed.forEach(m -> refuse(doc, Msg.FILE_NAME, m, null, null, Msg.show(doc.code)));
      }
      return;
    }
    f.claimed = true;
    boolean ok = true;
    for (String m : f.misnamed) {
      refuse(doc, Msg.FILE_NAME, m, null, null, Msg.show(doc.code));
      ok = false;
    }
    if (f.pdfs.size() + (f.folder.isEmpty() ? 0 : 1) > 1 || f.texts.size() > 1) {
      refuse(
          doc,
          Msg.FILE_AMBIGUOUS,
          "data/documents.csv",
          doc.row,
          "document_code",
          Msg.show(doc.code));
      return;
    }
    List<Page> pages = f.pdfs.isEmpty() ? images(doc, f) : pdf(doc, f.pdfs.get(0));
    if (pages == null || !ok) {
      return;
    }
    if (!f.texts.isEmpty()) {
      doc.textFile = f.texts.get(0);
      pages = withText(doc, pages, doc.textFile);
      if (pages == null) {
        return;
      }
    }
    doc.pages = List.copyOf(pages);
  }

  private List<Page> pdf(DocumentDraft doc, String file) {
    Path path = bagDir.resolve(file);
    Sniff type = sniff(doc, file, path);
    if (type == null) {
      return null;
    }
    if (type != Sniff.PDF) {
      refuse(doc, Msg.FILE_TYPE, file, null, null, type.label, "PDF");
      return null;
    }
    PageReader.Pdf pdf = PageReader.pdf(path, limits.maxPdfPages(), limits.maxImagePixels());
    if (pdf.failure() != null) {
      refuse(doc, pdf.failure().msg(), file, null, null, pdf.failure().args());
      return null;
    }
    doc.pdfFile = file;
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < pdf.textLayer().size(); i++) {
      pages.add(new Page(i + 1, file, type.mediaType, null, null, pdf.textLayer().get(i), null));
    }
    return pages;
  }

  private List<Page> images(DocumentDraft doc, Found f) {
    boolean ok = true;
    TreeMap<Integer, String> byNumber = new TreeMap<>();
    for (Map.Entry<String, String> e : f.folder.entrySet()) {
      Matcher m = PAGE.matcher(e.getKey());
      if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
        refuse(doc, Msg.FILE_NAME, e.getValue(), null, null, Msg.show(doc.code));
        ok = false;
        continue;
      }
      int n = Integer.parseInt(m.group(1));
      String other = byNumber.putIfAbsent(n, e.getValue());
      if (other != null) {
        refuse(
            doc, Msg.FILE_PAGE_DUPLICATE, e.getValue(), null, null, m.group(1), Msg.show(doc.code));
        ok = false;
      }
    }
    if (byNumber.isEmpty()) {
      return null;
    }
    String dir = "data/files/" + doc.dossierCode + "/" + doc.code + "/";
    for (int n = 1; n <= byNumber.lastKey(); n++) {
      if (!byNumber.containsKey(n)) {
        refuse(
            doc,
            Msg.FILE_PAGE_MISSING,
            dir,
            null,
            null,
            String.format("%04d", n),
            Msg.show(doc.code));
        ok = false;
      }
    }
    // Sniff in order (it reports problems), then decode the document's images on every core: a full
    // decode is
    // what proves an image is not truncated, and it is the slowest part of the check.
    Map<String, Sniff> types = new java.util.LinkedHashMap<>();
    for (String file : byNumber.values()) {
      types.put(file, sniff(doc, file, bagDir.resolve(file)));
    }
    Map<String, PageReader.Image> decoded = new java.util.concurrent.ConcurrentHashMap<>();
    types.entrySet().parallelStream()
        .filter(t -> t.getValue() != null && t.getValue().isImage())
        .forEach(
            t ->
                decoded.put(
                    t.getKey(),
                    PageReader.image(
                        bagDir.resolve(t.getKey()), t.getValue(), limits.maxImagePixels())));
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<Integer, String> e : byNumber.entrySet()) {
      String file = e.getValue();
      Sniff type = types.get(file);
      if (type == null) {
        ok = false;
        continue;
      }
      String ext = file.substring(file.lastIndexOf('.') + 1);
      if (!type.isImage()) {
        refuse(doc, Msg.FILE_TYPE, file, null, null, type.label, "ảnh ." + ext);
        ok = false;
        continue;
      }
      if (type != Sniff.fromExtension(ext)) {
        problems.add(
            Severity.WARNING,
            Msg.FILE_TYPE_EXTENSION,
            file,
            null,
            null,
            doc.dossierCode,
            type.label,
            ext);
      }
      PageReader.Image img = decoded.get(file);
      if (img.failure() != null) {
        refuse(doc, img.failure().msg(), file, null, null, img.failure().args());
        ok = false;
        continue;
      }
      pages.add(new Page(e.getKey(), file, type.mediaType, img.width(), img.height(), false, null));
    }
    return ok ? pages : null;
  }

  /**
   * Attaches the contractor's OCR text: pages are separated by form feeds, so N pages have N-1 of
   * them; a trailing form feed after the last page (as pdftotext writes) is tolerated.
   */
  private List<Page> withText(DocumentDraft doc, List<Page> pages, String file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(bagDir.resolve(file));
    } catch (IOException e) {
      refuse(doc, Msg.BAG_UNREADABLE, file, null, null, "không đọc được tệp");
      return null;
    }
    Values.Decoded text = Values.utf8(bytes);
    if (!text.ok()) {
      refuse(doc, Msg.FILE_TEXT_ENCODING, file, null, null, text.badByte() + 1);
      return null;
    }
    String s = Normalizer.normalize(text.text(), Normalizer.Form.NFC);
    List<String> parts = new ArrayList<>(List.of(s.split("\f", -1)));
    if (parts.size() == pages.size() + 1 && parts.get(parts.size() - 1).isBlank()) {
      parts.remove(parts.size() - 1);
    }
    if (parts.size() != pages.size()) {
      refuse(doc, Msg.FILE_TEXT_PAGES, file, null, null, parts.size(), pages.size());
      return null;
    }
    List<Page> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      out.add(
          new Page(
              p.number(),
              p.file(),
              p.mediaType(),
              p.width(),
              p.height(),
              p.textLayer(),
              parts.get(i)));
    }
    return out;
  }

  private Sniff sniff(DocumentDraft doc, String file, Path path) {
    try {
      return Sniff.of(path);
    } catch (IOException e) {
      refuse(doc, Msg.BAG_UNREADABLE, file, null, null, "không đọc được tệp");
      return null;
    }
  }

  /** Warnings for payload files no document claimed. */
  void reportUnclaimed() {
    List<String> files = new ArrayList<>(loose);
    found.values().stream().filter(f -> !f.claimed).forEach(f -> files.addAll(f.all()));
    files.stream()
        .sorted()
        .forEach(f -> problems.add(Severity.WARNING, Msg.FILE_UNCLAIMED, f, null, null, null));
  }

  private void refuse(
      DocumentDraft doc, Msg msg, String file, Integer row, String column, Object... args) {
    problems.add(Severity.DOSSIER_REFUSED, msg, file, row, column, doc.dossierCode, args);
  }
}
