package vn.hoso.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.w3c.dom.Node;
import vn.hoso.demo.HandoverPackageGenerator.Defects;
import vn.hoso.demo.Layout.Fonts;
import vn.hoso.demo.Layout.Line;
import vn.hoso.demo.Layout.Mark;
import vn.hoso.demo.Layout.Page;
import vn.hoso.demo.Layout.Rule;
import vn.hoso.demo.Layout.Run;
import vn.hoso.demo.Layout.Style;

/**
 * Turns laid-out pages into what a scanning contractor delivers: grayscale A4 images with the flaws
 * of a real scan, and PDFs — scanned (a JPEG per page) or born digital (a text layer in an embedded
 * Unicode font).
 */
final class PageRenderer {

  private PageRenderer() {}

  /** A4 in pixels at {@code dpi}: 1654 × 2339 at 200 dpi, 2480 × 3508 at 300 dpi. */
  static int widthPx(int dpi) {
    return (int) Math.round(210 / 25.4 * dpi);
  }

  static int heightPx(int dpi) {
    return (int) Math.round(297 / 25.4 * dpi);
  }

  /** What a scan of this page looks like at this defect level, drawn from {@code seed}. */
  record Scan(
      double angleDeg,
      float dx,
      float dy,
      int paper,
      int ink,
      double shade,
      int blurPasses,
      double noise,
      int speckles,
      boolean edge,
      boolean fold,
      float jpegQuality) {

    static Scan of(Defects d, Random r) {
      return switch (d) {
        case NONE -> new Scan(0, 0, 0, 255, 0, 0, 0, 0, 0, false, false, 0.92f);
        case LIGHT ->
            new Scan(
                (r.nextDouble() * 2 - 1) * 0.6,
                (float) r.nextGaussian() * 2,
                (float) r.nextGaussian() * 2,
                244 + r.nextInt(9),
                10 + r.nextInt(25),
                r.nextDouble() * 0.06,
                1,
                1.5,
                60 + r.nextInt(120),
                false,
                false,
                0.72f + r.nextFloat() * 0.1f);
        case HEAVY ->
            new Scan(
                (r.nextDouble() * 2 - 1) * 1.5,
                (float) r.nextGaussian() * 6,
                (float) r.nextGaussian() * 6,
                222 + r.nextInt(16),
                30 + r.nextInt(35),
                0.06 + r.nextDouble() * 0.12,
                2,
                6,
                400 + r.nextInt(800),
                r.nextBoolean(),
                r.nextDouble() < 0.5,
                0.6f + r.nextFloat() * 0.1f);
      };
    }
  }

  /** Renders {@code page} at {@code dpi} as a scanner would have captured it. */
  static BufferedImage render(Page page, int dpi, Scan scan, long seed) {
    int w = widthPx(dpi);
    int h = heightPx(dpi);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setColor(new Color(scan.paper(), scan.paper(), scan.paper()));
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      // A sheet never lies perfectly straight on the glass.
      g.rotate(Math.toRadians(scan.angleDeg()), w / 2.0, h / 2.0);
      double s = dpi / 72.0;
      g.scale(s, s);
      g.translate(scan.dx(), scan.dy());
      draw(g, page, scan.ink(), new Random(seed));
    } finally {
      g.dispose();
    }
    degrade(img, scan, seed);
    return img;
  }

  private static void draw(Graphics2D g, Page page, int ink, Random r) {
    Fonts fonts = Fonts.get();
    Color inkColor = new Color(ink, ink, ink);
    g.setColor(inkColor);
    g.setStroke(new BasicStroke(0.6f));
    for (Rule rule : page.rules) {
      g.draw(new java.awt.geom.Line2D.Float(rule.x1(), rule.y(), rule.x2(), rule.y()));
    }
    for (Line line : page.lines) {
      for (Run run : line.runs()) {
        g.setFont(fonts.font(run.style(), line.size()));
        g.drawString(run.text(), run.x(), line.baseline());
      }
    }
    for (Mark m : page.marks) {
      if (m.seal()) {
        // Red seal ink comes out as a mid grey in a grayscale scan, lighter than the text, so that
        // a binarising OCR engine drops it.
        g.setColor(new Color(150, 150, 150));
        seal(g, m);
      } else {
        g.setColor(new Color(70, 70, 70));
        signature(g, m, r);
      }
    }
    g.setColor(inkColor);
  }

  private static void seal(Graphics2D g, Mark m) {
    g.setStroke(new BasicStroke(1.6f));
    g.draw(new Ellipse2D.Float(m.x(), m.y(), m.w(), m.h()));
    g.setStroke(new BasicStroke(0.7f));
    float in = m.w() * 0.17f;
    g.draw(new Ellipse2D.Float(m.x() + in, m.y() + in, m.w() - 2 * in, m.h() - 2 * in));
    double cx = m.x() + m.w() / 2.0;
    double cy = m.y() + m.h() / 2.0;
    double outer = m.w() * 0.16;
    Path2D star = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double rad = i % 2 == 0 ? outer : outer * 0.4;
      double a = -Math.PI / 2 + i * Math.PI / 5;
      if (i == 0) {
        star.moveTo(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
      } else {
        star.lineTo(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
      }
    }
    star.closePath();
    g.fill(star);
  }

  /** A handwritten signature: a few loose pen strokes. */
  private static void signature(Graphics2D g, Mark m, Random r) {
    g.setStroke(new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    float x = m.x() + r.nextFloat() * 10;
    float y = m.y() + m.h() * 0.6f;
    int strokes = 3 + r.nextInt(3);
    for (int i = 0; i < strokes; i++) {
      float nx = x + m.w() / strokes * (0.8f + r.nextFloat() * 0.5f);
      float ny = m.y() + m.h() * (0.3f + r.nextFloat() * 0.6f);
      g.draw(
          new CubicCurve2D.Float(
              x,
              y,
              x + (nx - x) * 0.3f,
              m.y() - r.nextFloat() * 10,
              x + (nx - x) * 0.7f,
              m.y() + m.h() + r.nextFloat() * 10,
              nx,
              ny));
      x = nx;
      y = ny;
    }
    g.draw(
        new CubicCurve2D.Float(
            m.x(),
            m.y() + m.h() * 0.85f,
            m.x() + m.w() * 0.3f,
            m.y() + m.h(),
            m.x() + m.w() * 0.7f,
            m.y() + m.h() * 0.7f,
            m.x() + m.w(),
            m.y() + m.h() * 0.8f));
  }

  /**
   * The flaws of a scan, on the raw gray bytes: optical blur, uneven lighting (darker towards one
   * corner), sensor noise, dust specks, for heavy defects the scanner lid's shadow along one edge
   * and the fold of a sheet that was kept folded in a register.
   */
  private static void degrade(BufferedImage img, Scan scan, long seed) {
    if (scan.noise() == 0 && scan.blurPasses() == 0 && scan.shade() == 0 && scan.speckles() == 0) {
      return;
    }
    int w = img.getWidth();
    int h = img.getHeight();
    byte[] px = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    Random r = new Random(seed ^ 0x5DEECE66DL);
    for (int i = 0; i < scan.blurPasses(); i++) {
      blur(px, w, h);
    }
    double ax = r.nextDouble() * 2 - 1;
    double ay = r.nextDouble() * 2 - 1;
    double norm = Math.abs(ax) + Math.abs(ay) + 1e-9;
    ax /= norm;
    ay /= norm;
    // Sensor noise: a table of Gaussian values (in 1/256 gray levels), read from a random offset
    // on each row — as irregular to the eye as drawing per pixel, at a fraction of the cost.
    int[] noise = new int[1 << 16];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (int) Math.round(r.nextGaussian() * scan.noise() * 256);
    }
    boolean noisy = scan.noise() > 0;
    int foldY = scan.fold() ? h / 3 + r.nextInt(h / 3) : -1;
    int edgeW = scan.edge() ? w / 80 + r.nextInt(w / 60) : 0;
    boolean edgeLeft = r.nextBoolean();
    double shade = scan.shade();
    // Lighting falls off linearly across the sheet, by up to scan.shade: a factor (fixed point,
    // 24 fractional bits) that starts at the row's value for x = 0 and changes by a constant step.
    int step = (int) Math.round(-shade * ax / w * (1 << 24));
    for (int y = 0; y < h; y++) {
      long f0 =
          Math.round((1 - shade * (0.5 - ax * 0.5 + ay * (y / (double) h - 0.5))) * (1 << 24));
      int f = (int) f0;
      int fold = foldY < 0 ? 0 : Math.max(0, 14 - 3 * Math.abs(y - foldY)) << 8;
      int off = y * w;
      int start = r.nextInt(1 << 16);
      for (int x = 0; x < w; x++) {
        // gray * factor in 1/256 levels: (gray << 8) * (factor >> 8) >> 16 keeps within 31 bits.
        int v = ((px[off + x] & 0xff) * (f >> 8) >> 8) - fold;
        f += step;
        if (noisy) {
          v += noise[(start + x) & 0xffff];
        }
        int iv = v >> 8;
        px[off + x] = (byte) (iv < 0 ? 0 : iv > 255 ? 255 : iv);
      }
      // The scanner lid's shadow along one edge of the glass.
      int from = edgeLeft ? 0 : w - edgeW;
      for (int x = from; x < from + edgeW; x++) {
        int v = px[off + x] & 0xff;
        px[off + x] = (byte) (70 + (v - 70) * 15 / 100);
      }
    }
    int dot = Math.max(1, w / 1200);
    for (int i = 0; i < scan.speckles(); i++) {
      int cx = r.nextInt(w);
      int cy = r.nextInt(h);
      int rad = dot + r.nextInt(dot + 1);
      int tone = 20 + r.nextInt(90);
      for (int y = Math.max(0, cy - rad); y < Math.min(h, cy + rad); y++) {
        for (int x = Math.max(0, cx - rad); x < Math.min(w, cx + rad); x++) {
          if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
            px[y * w + x] = (byte) Math.min(px[y * w + x] & 0xff, tone);
          }
        }
      }
    }
  }

  /**
   * A 3 × 3 [1 2 1] ⊗ [1 2 1] / 16 blur in one sweep: each row is blurred horizontally into a ring
   * of three buffers, and the row above is written from them (edges are left as they are).
   */
  private static void blur(byte[] px, int w, int h) {
    int[][] ring = new int[3][w];
    for (int y = 0; y < h; y++) {
      int[] hb = ring[y % 3];
      int off = y * w;
      hb[0] = (px[off] & 0xff) << 2;
      hb[w - 1] = (px[off + w - 1] & 0xff) << 2;
      int left = px[off] & 0xff;
      int mid = px[off + 1] & 0xff;
      for (int x = 1; x < w - 1; x++) {
        int right = px[off + x + 1] & 0xff;
        hb[x] = left + 2 * mid + right;
        left = mid;
        mid = right;
      }
      if (y >= 2) {
        int[] above = ring[(y - 2) % 3];
        int[] centre = ring[(y - 1) % 3];
        int out = (y - 1) * w;
        for (int x = 0; x < w; x++) {
          px[out + x] = (byte) ((above[x] + 2 * centre[x] + hb[x] + 8) >> 4);
        }
      }
    }
  }

  /**
   * Encodes a page image as png, jpg or tif, with the resolution recorded in the file (pHYs, JFIF
   * density, TIFF XResolution) so that the receiver can tell 200 from 300 dpi.
   */
  static byte[] encode(BufferedImage img, String format, int dpi, float jpegQuality) {
    String type = format.equals("jpg") ? "jpeg" : format.equals("tif") ? "tiff" : format;
    Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(type);
    if (!it.hasNext()) {
      throw new IllegalStateException("no ImageIO writer for " + format);
    }
    ImageWriter writer = it.next();
    try {
      ImageWriteParam param = writer.getDefaultWriteParam();
      switch (type) {
        case "jpeg" -> {
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(jpegQuality);
        }
        case "tiff" -> {
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionType("Deflate");
          // Quality 0 is deflate's fastest level here: five times faster than the default, and
          // files only about 15 % larger.
          param.setCompressionQuality(0f);
        }
        case "png" -> {
          // Deflate level ~4: a third faster than the default and files only a little larger.
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(0.5f);
        }
        default -> {}
      }
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
      setResolution(meta, type, dpi);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(img, null, meta), param);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  private static void setResolution(IIOMetadata meta, String type, int dpi) throws IOException {
    try {
      if (type.equals("jpeg")) {
        String fmt = "javax_imageio_jpeg_image_1.0";
        Node root = meta.getAsTree(fmt);
        IIOMetadataNode jfif = find((IIOMetadataNode) root, "app0JFIF");
        if (jfif != null) {
          jfif.setAttribute("resUnits", "1");
          jfif.setAttribute("Xdensity", Integer.toString(dpi));
          jfif.setAttribute("Ydensity", Integer.toString(dpi));
          meta.setFromTree(fmt, root);
        }
        return;
      }
      String mmPerPixel = Double.toString(25.4 / dpi);
      IIOMetadataNode h = new IIOMetadataNode("HorizontalPixelSize");
      h.setAttribute("value", mmPerPixel);
      IIOMetadataNode v = new IIOMetadataNode("VerticalPixelSize");
      v.setAttribute("value", mmPerPixel);
      IIOMetadataNode dim = new IIOMetadataNode("Dimension");
      dim.appendChild(h);
      dim.appendChild(v);
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
      root.appendChild(dim);
      meta.mergeTree("javax_imageio_1.0", root);
    } catch (IIOInvalidTreeException e) {
      throw new IOException("cannot record the resolution: " + e.getMessage(), e);
    }
  }

  private static IIOMetadataNode find(IIOMetadataNode node, String name) {
    if (node.getNodeName().equals(name)) {
      return node;
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      IIOMetadataNode f = find((IIOMetadataNode) c, name);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /**
   * JPEG artefacts for a page delivered losslessly: many contractors' pipelines compress to JPEG
   * somewhere and convert back to PNG or TIFF at the end.
   */
  static BufferedImage jpegRoundTrip(BufferedImage img, float quality) {
    try {
      byte[] jpg = encode(img, "jpg", 72, quality);
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(jpg));
      if (back.getType() == BufferedImage.TYPE_BYTE_GRAY) {
        return back;
      }
      BufferedImage gray =
          new BufferedImage(back.getWidth(), back.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
      gray.getGraphics().drawImage(back, 0, 0, null);
      return gray;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Descriptive fields of a PDF. */
  record PdfInfo(String title, String author, LocalDate created, long id) {}

  /** A scanned PDF: one JPEG per page, full A4, no text. */
  static byte[] imagePdf(List<byte[]> jpegs, PdfInfo info) {
    try (PDDocument doc = new PDDocument()) {
      for (byte[] jpg : jpegs) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        PDImageXObject x = JPEGFactory.createFromByteArray(doc, jpg);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      return save(doc, info, "scan");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A born-digital PDF: the same layout as the images, with a real text layer in DejaVu Serif
   * embedded as a CID font (Identity-H), so that every Vietnamese letter is extractable.
   */
  static byte[] textPdf(List<Page> pages, PdfInfo info, long seed) {
    Fonts fonts = Fonts.get();
    try (PDDocument doc = new PDDocument()) {
      java.util.Map<Style, PDFont> pdf = new java.util.EnumMap<>(Style.class);
      for (Style s : Style.values()) {
        pdf.put(s, PDType0Font.load(doc, fonts.file(s).toFile()));
      }
      Random r = new Random(seed);
      float h = PDRectangle.A4.getHeight();
      for (Page page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          cs.setLineWidth(0.6f);
          for (Rule rule : page.rules) {
            cs.moveTo(rule.x1(), h - rule.y());
            cs.lineTo(rule.x2(), h - rule.y());
            cs.stroke();
          }
          // In reading order, so that a text extractor gives back the ground truth.
          for (Line line : page.readingOrder()) {
            for (Run run : line.runs()) {
              cs.beginText();
              cs.setFont(pdf.get(run.style()), line.size());
              cs.newLineAtOffset(run.x(), h - line.baseline());
              cs.showText(run.text());
              cs.endText();
            }
          }
          for (Mark m : page.marks) {
            if (m.seal()) {
              cs.setStrokingColor(0.85f, 0.1f, 0.1f);
              cs.setLineWidth(1.6f);
              ellipse(cs, m.x() + m.w() / 2, h - m.y() - m.h() / 2, m.w() / 2);
              cs.stroke();
            } else {
              cs.setStrokingColor(0.1f, 0.15f, 0.55f);
              cs.setLineWidth(1f);
              float x = m.x();
              float y = h - m.y() - m.h() * 0.6f;
              cs.moveTo(x, y);
              for (int i = 0; i < 4; i++) {
                float nx = x + m.w() / 4;
                float ny = h - m.y() - m.h() * (0.3f + r.nextFloat() * 0.6f);
                cs.curveTo(x + 8, h - m.y() + 6, nx - 8, h - m.y() - m.h() - 6, nx, ny);
                x = nx;
              }
              cs.stroke();
            }
            cs.setStrokingColor(0f);
          }
        }
      }
      return save(doc, info, "text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void ellipse(PDPageContentStream cs, float cx, float cy, float r)
      throws IOException {
    float k = 0.5523f * r;
    cs.moveTo(cx - r, cy);
    cs.curveTo(cx - r, cy + k, cx - k, cy + r, cx, cy + r);
    cs.curveTo(cx + k, cy + r, cx + r, cy + k, cx + r, cy);
    cs.curveTo(cx + r, cy - k, cx + k, cy - r, cx, cy - r);
    cs.curveTo(cx - k, cy - r, cx - r, cy - k, cx - r, cy);
  }

  private static byte[] save(PDDocument doc, PdfInfo info, String kind) throws IOException {
    PDDocumentInformation di = doc.getDocumentInformation();
    di.setTitle(info.title());
    di.setAuthor(info.author());
    di.setProducer("hoso HandoverPackageGenerator (" + kind + ")");
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneId.of("Asia/Ho_Chi_Minh")));
    c.clear();
    c.set(
        info.created().getYear(),
        info.created().getMonthValue() - 1,
        info.created().getDayOfMonth(),
        9,
        0);
    di.setCreationDate(c);
    // A fixed document ID keeps the file byte-identical for the same seed (PDFBox would otherwise
    // derive the trailer /ID from the clock).
    doc.setDocumentId(info.id());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
