package vn.hoso.ingest.check;

/**
 * Resource limits applied while unpacking and checking a handover package. Every limit exists
 * because a package comes from outside: a hostile or broken package must be refused before it can
 * exhaust disk, memory or time.
 *
 * @param maxZipExpandedBytes total bytes a .zip may expand to, counted from the real decompressed
 *     stream (header sizes are never trusted)
 * @param maxZipEntries entries (files and folders) a .zip may hold
 * @param maxCompressionRatio largest expanded/compressed ratio of one zip entry once it has
 *     expanded past {@link #COMPRESSION_RATIO_FLOOR} bytes; deflate cannot exceed about 1032:1, so
 *     a ratio near that means long runs of identical bytes, the signature of a zip bomb
 * @param maxImagePixels width × height of one page image, read from its header before decoding
 * @param maxPdfPages pages of one PDF
 * @param maxCsvBytes size of one CSV file (they are read into memory once)
 * @param maxCsvCellChars characters in one CSV cell
 * @param maxCsvRows data rows in one CSV file
 */
public record IngestLimits(
    long maxZipExpandedBytes,
    int maxZipEntries,
    int maxCompressionRatio,
    long maxImagePixels,
    int maxPdfPages,
    long maxCsvBytes,
    int maxCsvCellChars,
    int maxCsvRows) {

  /**
   * Entries smaller than this are never judged by their compression ratio: a small, mostly blank
   * file (an uncompressed white TIFF strip, a CSV of repeated values) legitimately compresses very
   * well, and small entries cannot hurt anyway (the total size limit still applies).
   */
  public static final long COMPRESSION_RATIO_FLOOR = 1L << 20;

  public IngestLimits {
    if (maxZipExpandedBytes <= 0
        || maxZipEntries <= 0
        || maxCompressionRatio <= 0
        || maxImagePixels <= 0
        || maxPdfPages <= 0
        || maxCsvBytes <= 0
        || maxCsvCellChars <= 0
        || maxCsvRows <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** 4 GiB, 50,000 entries, 500:1, 40 megapixels, 2,000 pages, 64 MiB, 10,000 chars, 100,000. */
  public static IngestLimits defaults() {
    return new IngestLimits(4L << 30, 50_000, 500, 40_000_000L, 2_000, 64L << 20, 10_000, 100_000);
  }
}
