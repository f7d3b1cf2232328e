package vn.hoso.web.archive;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.hoso.records.RecordBrowser;
import vn.hoso.search.SearchService;
import vn.hoso.storage.BlobStore;
import vn.hoso.web.security.Viewers;

/**
 * A page's scan as an image the browser can show (TIFF and PDF pages are converted to PNG). Under
 * /archive/ only archivists reach it (web.xml); at /scan anyone, for the pages the search would
 * show them (the same access rule, applied by the search), and a 404 for the rest.
 */
@WebServlet({"/archive/scan", "/scan"})
public class ScanServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final float PDF_DPI = 150;

  @EJB RecordBrowser records;
  @EJB SearchService search;
  @Inject Viewers viewers;
  @Inject BlobStore blobs;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    Optional<Long> id = parse(req.getParameter("page"));
    boolean staffPath = req.getServletPath().startsWith("/archive/");
    if (id.isPresent() && !staffPath && !search.visible(id.get(), viewers.of(req))) {
      id = Optional.empty();
    }
    Optional<RecordBrowser.ScanRef> ref = id.flatMap(records::scan);
    if (ref.isEmpty() || !blobs.contains(ref.get().sha256())) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    RecordBrowser.ScanRef scan = ref.get();
    BufferedImage image;
    if (scan.pdfPage() != null) {
      try (PDDocument pdf = Loader.loadPDF(blobs.find(scan.sha256()).orElseThrow().toFile())) {
        image =
            new PDFRenderer(pdf).renderImageWithDPI(scan.pdfPage() - 1, PDF_DPI, ImageType.GRAY);
      }
    } else if (scan.mediaType().equals("image/jpeg") || scan.mediaType().equals("image/png")) {
      resp.setContentType(scan.mediaType());
      resp.setHeader("Cache-Control", "private, max-age=3600");
      try (InputStream in = blobs.open(scan.sha256())) {
        in.transferTo(resp.getOutputStream());
      }
      return;
    } else {
      try (InputStream in = blobs.open(scan.sha256())) {
        image = ImageIO.read(in);
      }
    }
    if (image == null) {
      resp.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
      return;
    }
    resp.setContentType("image/png");
    resp.setHeader("Cache-Control", "private, max-age=3600");
    ImageIO.write(image, "png", resp.getOutputStream());
  }

  private static Optional<Long> parse(String id) {
    return id != null && id.matches("[0-9]{1,18}")
        ? Optional.of(Long.parseLong(id))
        : Optional.empty();
  }
}
