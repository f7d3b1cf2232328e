package vn.hoso.web.search;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The hits and the facet links of the search page, written straight to the response: {@code
 * <hs:resultList value="#{v}" part="hits"/>} (or {@code part="facets"}). A results page has a few
 * hundred values to show; read one by one through the expression language in {@code ui:repeat}
 * loops, each lookup walking the resolver chain, they were the largest part of rendering it. Every
 * text goes through the response writer, which escapes it; only the snippet, escaped when it was
 * built ({@link SearchView#snippetHtml}), is written as it is.
 */
@FacesComponent(
    value = ResultList.TYPE,
    createTag = true,
    tagName = "resultList",
    namespace = "vn.hoso.ui")
public class ResultList extends UIComponentBase {

  static final String TYPE = "vn.hoso.ResultList";

  @Override
  public String getFamily() {
    return "vn.hoso";
  }

  @Override
  public boolean getRendersChildren() {
    return true;
  }

  @Override
  public void encodeBegin(FacesContext context) throws IOException {
    SearchPage page = (SearchPage) getAttributes().get("value");
    if (page == null) {
      return;
    }
    ResponseWriter out = context.getResponseWriter();
    if ("facets".equals(getAttributes().get("part"))) {
      facets(out, page.facets());
    } else {
      hits(out, page.hits());
    }
  }

  private void facets(ResponseWriter out, List<SearchPage.FacetBox> boxes) throws IOException {
    for (SearchPage.FacetBox box : boxes) {
      out.startElement("section", this);
      out.writeAttribute("class", "facet", null);
      element(out, "h2", null, box.name());
      out.startElement("ul", this);
      for (SearchPage.FacetLink link : box.links()) {
        out.startElement("li", this);
        if (link.selected()) {
          out.writeAttribute("class", "is-selected", null);
        }
        out.startElement("a", this);
        out.writeURIAttribute("href", link.href(), null);
        if (link.selected()) {
          out.writeAttribute("aria-current", "true", null);
        }
        element(out, "span", "facet__label", link.label());
        element(out, "span", "facet__count", link.count());
        out.endElement("a");
        out.endElement("li");
      }
      out.endElement("ul");
      out.endElement("section");
    }
  }

  private void hits(ResponseWriter out, List<SearchPage.HitRow> hits) throws IOException {
    for (SearchPage.HitRow hit : hits) {
      out.startElement("li", this);
      out.writeAttribute("class", "hit card", null);
      out.startElement("h3", this);
      out.writeAttribute("class", "hit__title", null);
      out.startElement("a", this);
      out.writeURIAttribute("href", hit.href(), null);
      out.writeText(hit.title(), null);
      out.endElement("a");
      out.write(' ');
      element(out, "span", "badge", hit.access());
      out.endElement("h3");
      element(out, "p", "hit__summary", hit.summary());
      element(out, "p", "hit__meta", hit.meta());
      out.startElement("p", this);
      out.writeAttribute("class", "hit__snippet", null);
      out.writeAttribute("lang", "vi", null);
      out.write(hit.snippetHtml());
      out.endElement("p");
      out.endElement("li");
    }
  }

  private void element(ResponseWriter out, String name, String cssClass, String text)
      throws IOException {
    out.startElement(name, this);
    if (cssClass != null) {
      out.writeAttribute("class", cssClass, null);
    }
    if (text != null) {
      out.writeText(text, null);
    }
    out.endElement(name);
  }
}
