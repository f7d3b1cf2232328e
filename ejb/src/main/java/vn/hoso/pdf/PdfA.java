package vn.hoso.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every PDF hoso issues has in common: PDF/A-2B (self-contained for decades of archiving),
 * colour defined by an sRGB output intent, DejaVu fonts embedded as Identity-H subsets (iText's
 * standard 14 fonts have no Vietnamese letters and cannot be embedded), tagged, language {@code
 * vi}.
 */
public final class PdfA {

  /** Where Debian's fonts-dejavu-core puts its fonts. */
  public static final Path DEFAULT_FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private PdfA() {}

  /** The faces a document uses; made per document (an iText font belongs to one). */
  public record Fonts(PdfFont regular, PdfFont bold, PdfFont mono) {}

  /**
   * DejaVu Sans regular and bold only, the regular face standing in for monospace: every embedded
   * font is subset when the document is written, and that costs a few milliseconds per font.
   */
  public static Fonts sansFonts(Path fontDir) throws IOException {
    PdfFont regular = font(requireFont(fontDir, "DejaVuSans.ttf"));
    PdfFont bold = font(requireFont(fontDir, "DejaVuSans-Bold.ttf"));
    return new Fonts(regular, bold, regular);
  }

  /**
   * Object streams (allowed by PDF/A-2) compress the structure tree of tagged tables, which
   * otherwise can outweigh the text.
   */
  public static WriterProperties writerProperties() {
    return new WriterProperties().setFullCompressionMode(true);
  }

  /** The sRGB output intent PDF/A needs before any colour is used. */
  public static PdfOutputIntent srgbIntent() {
    return new PdfOutputIntent(
        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB));
  }

  /**
   * A new PDF/A-2B document on {@code writer}: tagged, in Vietnamese, its title shown by viewers,
   * with hoso as creator and producer. The caller sets title, author and subject.
   */
  public static PdfADocument open(PdfWriter writer) {
    PdfADocument pdf = new PdfADocument(writer, PdfAConformance.PDF_A_2B, srgbIntent());
    pdf.setTagged();
    pdf.getCatalog().setLang(new PdfString("vi"));
    pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
    PdfDocumentInfo info = pdf.getDocumentInfo();
    info.setCreator("hoso – cổng hồ sơ lưu trữ");
    info.setProducer("hoso");
    return pdf;
  }

  /**
   * DejaVu Sans regular and bold from {@code fontDir} (DejaVu Sans Mono too if present, else the
   * regular face stands in).
   *
   * @throws IllegalStateException if the fonts are missing
   */
  public static Fonts fonts(Path fontDir) throws IOException {
    PdfFont regular = font(requireFont(fontDir, "DejaVuSans.ttf"));
    PdfFont bold = font(requireFont(fontDir, "DejaVuSans-Bold.ttf"));
    Path monoFile = fontDir.resolve("DejaVuSansMono.ttf");
    PdfFont mono = Files.isReadable(monoFile) ? font(monoFile) : regular;
    return new Fonts(regular, bold, mono);
  }

  /**
   * An embedded Identity-H font. The font program is parsed once per JVM from the file's bytes held
   * in memory: every document subsets it when written, and subsetting from a memory-mapped file
   * read byte by byte took several milliseconds per font and document.
   */
  public static PdfFont font(Path file) throws IOException {
    FontProgram program = PROGRAMS.get(file);
    if (program == null) {
      program = FontProgramFactory.createFont(Files.readAllBytes(file), false);
      PROGRAMS.putIfAbsent(file, program);
    }
    return PdfFontFactory.createFont(
        program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.PREFER_EMBEDDED);
  }

  private static final Map<Path, FontProgram> PROGRAMS = new ConcurrentHashMap<>();

  /**
   * The font file {@code name} in {@code dir}.
   *
   * @throws IllegalStateException naming the Debian package to install if it is missing
   */
  public static Path requireFont(Path dir, String name) {
    Path p = dir.resolve(name);
    if (!Files.isReadable(p)) {
      throw new IllegalStateException(
          "Font "
              + p
              + " not found: hoso's PDF documents need DejaVu fonts to show Vietnamese."
              + " Install the Debian package fonts-dejavu-core.");
    }
    return p;
  }

  /** PdfWriter closes its stream on close; wrap the caller's stream in this to keep it open. */
  public static OutputStream nonClosing(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
