package vn.hoso.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.stream.Collectors;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as the judge of PDF/A conformance, for every document hoso issues. */
public final class PdfAssertions {

  private PdfAssertions() {}

  /** Fails with veraPDF's failed rules unless {@code pdf} is PDF/A-2B compliant. */
  public static void assertPdfA2b(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      if (!result.isCompliant()) {
        String failed =
            result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId() + " " + a.getMessage() + " @ " + a.getLocation())
                .distinct()
                .collect(Collectors.joining("\n"));
        fail("not PDF/A-2B:\n" + failed);
      }
    } catch (ValidationException e) {
      fail("veraPDF could not validate", e);
    }
  }
}
