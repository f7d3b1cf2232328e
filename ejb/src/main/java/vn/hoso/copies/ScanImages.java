package vn.hoso.copies;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.io.image.ImageType;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.hoso.copies.CopyContent.PageScan;

/**
 * A stored scan turned into an image a PDF/A page can show. JPEG goes in as it is (no decoding, no
 * loss, fast); PNG and TIFF are decoded and embedded losslessly (Flate), bilevel scans at one bit
 * per pixel; a page of a stored PDF is rendered in grey at 150 dpi, since the stored PDF need not
 * be PDF/A and cannot be copied in as it is.
 */
final class ScanImages {

  static final float PDF_RENDER_DPI = 150f;

  private ScanImages() {}

  static ImageData load(PageScan scan) throws IOException {
    byte[] bytes;
    try (InputStream in = scan.bytes().get()) {
      bytes = in.readAllBytes();
    }
    String type =
        scan.mediaType() == null ? "" : scan.mediaType().toLowerCase(java.util.Locale.ROOT);
    return switch (type) {
      case "image/jpeg", "image/jpg" -> jpeg(bytes);
      case "image/png", "image/tiff" -> raster(decode(bytes, scan));
      case "application/pdf" -> pdfPage(bytes, scan.pdfPage() == null ? 1 : scan.pdfPage());
      default ->
          throw new IllegalArgumentException(
              "page " + scan.pageNo() + ": cannot copy a scan of type " + scan.mediaType());
    };
  }

  /**
   * A JPEG as it is, unless it is CMYK: PDF/A with an sRGB output intent cannot show DeviceCMYK, so
   * such a scan is decoded and embedded as RGB.
   */
  private static ImageData jpeg(byte[] bytes) throws IOException {
    ImageData data = ImageDataFactory.create(bytes);
    if (data.getOriginalType() == ImageType.JPEG && data.getColorEncodingComponentsNumber() != 4) {
      return data;
    }
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
    if (img == null) {
      throw new IOException("a CMYK JPEG scan that Java cannot decode");
    }
    return raster(img);
  }

  private static BufferedImage decode(byte[] bytes, PageScan scan) throws IOException {
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
    if (img == null) {
      throw new IOException("page " + scan.pageNo() + ": unreadable " + scan.mediaType());
    }
    return img;
  }

  private static ImageData pdfPage(byte[] bytes, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (page < 1 || page > doc.getNumberOfPages()) {
        throw new IOException(
            "page " + page + " asked of a PDF with " + doc.getNumberOfPages() + " pages");
      }
      BufferedImage img =
          new PDFRenderer(doc)
              .renderImageWithDPI(
                  page - 1, PDF_RENDER_DPI, org.apache.pdfbox.rendering.ImageType.GRAY);
      return raster(img);
    }
  }

  /** Uncompressed samples for iText, which compresses them with Flate when writing. */
  static ImageData raster(BufferedImage img) {
    int w = img.getWidth();
    int h = img.getHeight();
    if (img.getType() == BufferedImage.TYPE_BYTE_BINARY
        && img.getColorModel() instanceof IndexColorModel icm
        && icm.getMapSize() == 2
        && img.getSampleModel().getSampleSize(0) == 1) {
      // Bilevel text scans stay one bit per pixel: written as a 1-bit PNG, which iText embeds
      // as it is (Flate), a sixth of the 8-bit grey.
      ByteArrayOutputStream png = new ByteArrayOutputStream(w * h / 40 + 1024);
      try {
        ImageIO.write(img, "png", png);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ImageDataFactory.create(png.toByteArray());
    }
    if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      byte[] gray = (byte[]) img.getRaster().getDataElements(0, 0, w, h, null);
      return ImageDataFactory.create(w, h, 1, 8, gray, null);
    }
    if (img.getType() == BufferedImage.TYPE_USHORT_GRAY) {
      int[] samples = img.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
      byte[] gray = new byte[samples.length];
      for (int i = 0; i < samples.length; i++) {
        gray[i] = (byte) (samples[i] >>> 8);
      }
      return ImageDataFactory.create(w, h, 1, 8, gray, null);
    }
    // Anything else as 8-bit RGB; transparency is flattened onto white paper.
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    byte[] rgb = new byte[argb.length * 3];
    for (int i = 0, j = 0; i < argb.length; i++) {
      int p = argb[i];
      int a = p >>> 24;
      int r = (p >> 16) & 0xFF;
      int g = (p >> 8) & 0xFF;
      int b = p & 0xFF;
      if (a != 0xFF) {
        r = (r * a + 255 * (255 - a)) / 255;
        g = (g * a + 255 * (255 - a)) / 255;
        b = (b * a + 255 * (255 - a)) / 255;
      }
      rgb[j++] = (byte) r;
      rgb[j++] = (byte) g;
      rgb[j++] = (byte) b;
    }
    return ImageDataFactory.create(w, h, 3, 8, rgb, null);
  }
}
