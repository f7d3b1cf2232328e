package vn.hoso.ingest.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Opens page images and PDFs the way the later stages will, within the limits, so a file that
 * passes here can be stored, rendered and OCR'd.
 */
final class PageReader {

  private PageReader() {}

  /** A failure to report: the message and its arguments. */
  record Failure(Msg msg, Object[] args) {
    static Failure of(Msg msg, Object... args) {
      return new Failure(msg, args);
    }
  }

  /** An image's size, or the reason it is refused. */
  record Image(int width, int height, Failure failure) {}

  /** Images are decoded into at most about this many pixels (by subsampling) when checked. */
  private static final long DECODE_PIXELS = 4_000_000L;

  /**
   * Reads the size from the header and only then decodes, so a small file claiming a huge image (a
   * "pixel bomb") is refused before any pixel buffer is allocated. Decoding checks the file is
   * complete; it subsamples large images, which still reads every compressed byte but keeps the
   * decoded buffer small.
   */
  static Image image(Path file, Sniff type, long maxPixels) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat);
    if (!readers.hasNext()) {
      return new Image(0, 0, Failure.of(Msg.FILE_IMAGE_UNREADABLE, "không có bộ đọc ảnh"));
    }
    ImageReader reader = readers.next();
    List<String> warnings = new ArrayList<>();
    reader.addIIOReadWarningListener(
        new IIOReadWarningListener() {
          @Override
          public void warningOccurred(ImageReader source, String warning) {
            warnings.add(warning);
          }
        });
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return new Image(0, 0, Failure.of(Msg.FILE_IMAGE_UNREADABLE, "không mở được tệp"));
      }
      reader.setInput(in, true, true);
      int w = reader.getWidth(0);
      int h = reader.getHeight(0);
      if (w <= 0 || h <= 0) {
        return new Image(w, h, Failure.of(Msg.FILE_IMAGE_UNREADABLE, "kích thước ảnh sai"));
      }
      long pixels = (long) w * h;
      if (pixels > maxPixels) {
        return new Image(w, h, Failure.of(Msg.FILE_PIXELS, w, h, maxPixels));
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODE_PIXELS));
      if (step > 1) {
        param.setSourceSubsampling(step, step, 0, 0);
      }
      reader.read(0, param);
      // Decoders report a truncated or damaged stream as a warning and return a partly grey
      // image (JPEG: "Premature end of JPEG file"); a page scan must be whole, so any warning
      // refuses the file.
      if (!warnings.isEmpty()) {
        return new Image(
            w,
            h,
            Failure.of(Msg.FILE_IMAGE_UNREADABLE, "bộ giải mã báo: " + Msg.show(warnings.get(0))));
      }
      return new Image(w, h, null);
    } catch (IOException | RuntimeException e) {
      // Image decoders throw assorted runtime exceptions on malformed input.
      return new Image(0, 0, Failure.of(Msg.FILE_IMAGE_UNREADABLE, "không giải mã được"));
    } finally {
      reader.dispose();
    }
  }

  /** Per-page text layer flags of a PDF, or the reason it is refused. */
  record Pdf(List<Boolean> textLayer, Failure failure) {}

  /**
   * Opens a PDF with PDFBox. XMP metadata is never parsed: PDFBox core keeps the metadata stream as
   * bytes unless xmpbox is asked to parse it, so an external entity in it (XXE) is never resolved;
   * nothing here calls {@code getMetadata()}.
   */
  static Pdf pdf(Path file, int maxPages) {
    return pdf(file, maxPages, Long.MAX_VALUE);
  }

  /**
   * As {@link #pdf(Path, int)}, and refuses a PDF holding an image larger than {@code maxPixels}
   * (read from the image's dictionary, never decoded): a small PDF can carry a decompression bomb.
   */
  static Pdf pdf(Path file, int maxPages, long maxPixels) {
    try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.isEncrypted()) {
        return new Pdf(List.of(), Failure.of(Msg.FILE_PDF_ENCRYPTED));
      }
      // Counted by walking the page tree (bounded) rather than trusting /Count.
      int pages = 0;
      for (PDPage ignored : doc.getPages()) {
        if (++pages > maxPages) {
          break;
        }
      }
      if (pages == 0) {
        return new Pdf(
            List.of(), Failure.of(Msg.FILE_PDF_UNREADABLE, "tệp PDF không có trang nào"));
      }
      if (pages > maxPages) {
        return new Pdf(List.of(), Failure.of(Msg.FILE_PDF_PAGES, maxPages));
      }
      for (PDPage page : doc.getPages()) {
        long[] largest = largestImage(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), 0);
        if (largest[0] * largest[1] > maxPixels) {
          return new Pdf(List.of(), Failure.of(Msg.FILE_PIXELS, largest[0], largest[1], maxPixels));
        }
      }
      List<Boolean> text = new ArrayList<>(pages);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 1; i <= pages; i++) {
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        boolean has;
        try {
          has = !stripper.getText(doc).isBlank();
        } catch (IOException | RuntimeException e) {
          // A page whose text cannot be extracted is treated as having no text layer: it will be
          // OCR'd like a scan, which is not a reason to refuse the dossier.
          has = false;
        }
        text.add(has);
      }
      return new Pdf(List.copyOf(text), null);
    } catch (InvalidPasswordException e) {
      return new Pdf(List.of(), Failure.of(Msg.FILE_PDF_ENCRYPTED));
    } catch (IOException | RuntimeException e) {
      return new Pdf(List.of(), Failure.of(Msg.FILE_PDF_UNREADABLE, "cấu trúc tệp PDF bị hỏng"));
    }
  }

  /**
   * Width and height of the largest image among a resource dictionary's XObjects, forms included
   * (to a bounded depth), from the dictionaries alone.
   */
  private static long[] largestImage(COSDictionary resources, int depth) {
    long[] largest = {0, 0};
    if (resources == null || depth > 4) {
      return largest;
    }
    COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
    if (xobjects == null) {
      return largest;
    }
    for (COSName name : xobjects.keySet()) {
      if (!(xobjects.getDictionaryObject(name) instanceof COSStream x)) {
        continue;
      }
      long[] found = {0, 0};
      if (COSName.IMAGE.equals(x.getCOSName(COSName.SUBTYPE))) {
        found =
            new long[] {
              Math.max(0, x.getInt(COSName.WIDTH)), Math.max(0, x.getInt(COSName.HEIGHT))
            };
      } else if (COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE))) {
        found = largestImage(x.getCOSDictionary(COSName.RESOURCES), depth + 1);
      }
      if (found[0] * found[1] > largest[0] * largest[1]) {
        largest = found;
      }
    }
    return largest;
  }
}
