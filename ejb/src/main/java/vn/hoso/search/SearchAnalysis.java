package vn.hoso.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How page text becomes index terms. Text arrives NFC (normalised at ingest and again when
 * indexed). Analyzers are named by their Lucene factory names, so nothing here links against
 * Lucene's classes (STACK pitfall 16).
 *
 * <ul>
 *   <li>{@value #FOLDED}: words, lower case, diacritics folded (đ → d): "Đức", "Dục" and "duc" all
 *       give "duc" — people type without diacritics;
 *   <li>{@value #EXACT}: words in lower case with their diacritics, so that an exact match ranks
 *       above a folded one;
 *   <li>{@value #PAIRS}: folded syllable pairs ("nguyen van", "van duc"). Vietnamese words are
 *       mostly two syllables or more, so phrase queries are the common case; a phrase becomes a
 *       phrase of pairs, whose terms are rare, instead of a positional phrase of common syllables.
 * </ul>
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

  public static final String FOLDED = "vi_folded";
  public static final String EXACT = "vi_exact";
  public static final String PAIRS = "vi_pairs";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(FOLDED)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context.analyzer(EXACT).custom().tokenizer("standard").tokenFilter("lowercase");
    context
        .analyzer(PAIRS)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("shingle")
        .param("minShingleSize", "2")
        .param("maxShingleSize", "2")
        .param("outputUnigrams", "false")
        .param("outputUnigramsIfNoShingles", "true");
  }
}
