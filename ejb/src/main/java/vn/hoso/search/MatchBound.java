package vn.hoso.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import vn.hoso.records.Page;

/**
 * At most how many pages a query can match, from the index's term statistics alone, without running
 * it: every required word or phrase bounds the result, and the rarest bounds it most. A word
 * matches at most the pages holding one of its folded terms in the text plus those holding one in
 * the description; a phrase, at most the pages holding its rarest syllable pair (in the text or the
 * description). The figures count deleted entries not yet merged away, so the bound only grows with
 * them. A fuzzy word, or a query without a required word or phrase, bounds nothing.
 *
 * <p>Reading a few terms' document frequencies costs microseconds; it lets a search whose words are
 * rare know that its result is small (counted exactly, facets included, in one pass) without first
 * counting a sample of its matches.
 */
final class MatchBound {

  /** Nothing bounds the result. */
  static final long NONE = Long.MAX_VALUE;

  private MatchBound() {}

  static long of(SearchSession session, SearchScope<Page> scope, QueryText q, boolean fuzzy) {
    if (q.isEmpty() || q.typedNothingSearchable()) {
      return NONE;
    }
    LuceneBackend backend =
        Search.mapping(session.toEntityManager().getEntityManagerFactory())
            .backend()
            .unwrap(LuceneBackend.class);
    Analyzer folded = backend.analyzer(SearchAnalysis.FOLDED).orElseThrow();
    Analyzer pairs = backend.analyzer(SearchAnalysis.PAIRS).orElseThrow();
    try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
      long bound = NONE;
      for (String word : q.terms()) {
        if (fuzzy && PageSearch.fuzzyApplies(word)) {
          continue;
        }
        List<String> wordTokens = tokens(folded, PageBridge.TEXT, word);
        if (wordTokens.isEmpty()) {
          continue;
        }
        long any = 0;
        for (String t : wordTokens) {
          any += docFreq(reader, PageBridge.TEXT, t) + docFreq(reader, PageBridge.META, t);
        }
        bound = Math.min(bound, any);
      }
      for (List<String> phrase : q.phrases()) {
        List<String> pairTokens = tokens(pairs, PageBridge.TEXT_PAIRS, String.join(" ", phrase));
        if (pairTokens.isEmpty()) {
          continue;
        }
        for (String t : pairTokens) {
          bound =
              Math.min(
                  bound,
                  docFreq(reader, PageBridge.TEXT_PAIRS, t)
                      + docFreq(reader, PageBridge.META_PAIRS, t));
        }
      }
      return bound;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long docFreq(IndexReader reader, String field, String term) throws IOException {
    return reader.docFreq(new Term(field, term));
  }

  /** The terms the analyzer makes of the text, as the index holds them. */
  static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
