package vn.hoso.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import vn.hoso.records.Document;
import vn.hoso.records.Page;

/**
 * The one search API the rest of the portal calls: results for a viewer, one page with its hits on
 * the scan, and whether a viewer may see a page. Every answer applies the viewer's access inside
 * the query.
 */
@Stateless
public class SearchService {

  @PersistenceContext private EntityManager em;

  /**
   * Results for a viewer. Only reads, and reads nothing that must agree with a write of the same
   * request: it joins a transaction if the caller has one and starts none (each search page and API
   * call saved a transaction's begin and commit).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public SearchResults search(SearchRequest request, Viewer viewer) {
    return new PageSearch(Search.session(em)).search(request, viewer);
  }

  public boolean visible(long pageId, Viewer viewer) {
    return new PageSearch(Search.session(em)).visible(pageId, viewer);
  }

  /** A page as the scan viewer shows it, with the query's words boxed on the image. */
  public record PageHits(
      long pageId,
      int pageNo,
      long documentId,
      String documentCode,
      String typeName,
      String summary,
      String holder,
      String origin,
      Integer width,
      Integer height,
      String text,
      List<Highlighter.Segment> highlightedText,
      List<Highlighter.Box> boxes,
      List<PageRef> pages,
      List<Integer> hitPages) {}

  /** Another page of the same document. */
  public record PageRef(long pageId, int pageNo) {}

  /**
   * The page, if the viewer may see it: its text with the query's words marked, their boxes on the
   * scan, the document's pages and which of them match.
   */
  public Optional<PageHits> page(long pageId, String query, boolean fuzzy, Viewer viewer) {
    PageSearch search = new PageSearch(Search.session(em));
    if (!search.visible(pageId, viewer)) {
      return Optional.empty();
    }
    Page p = em.find(Page.class, pageId);
    Document d = p.getDocument();
    List<String> words = QueryText.parse(query).positiveWords();
    String text = p.getTextContent() == null ? "" : p.getTextContent();
    List<PageRef> pages =
        d.getPages().stream().map(x -> new PageRef(x.getId(), x.getPageNo())).toList();
    return Optional.of(
        new PageHits(
            p.getId(),
            p.getPageNo(),
            d.getId(),
            d.getCode(),
            d.getTypeName(),
            d.getSummary(),
            d.getDossier().getReceivingCode(),
            PageBridge.Units.originKey(
                d.getDossier().getOriginLevel(), d.getDossier().getOriginCode()),
            p.getWidth(),
            p.getHeight(),
            text,
            Highlighter.snippet(text, words, fuzzy, Math.max(1, text.length())),
            Highlighter.boxes(p.getWordBoxes(), words, fuzzy),
            pages,
            words.isEmpty()
                ? List.of()
                : search.hitPagesOfDocument(d.getId(), query, fuzzy, viewer)));
  }
}
