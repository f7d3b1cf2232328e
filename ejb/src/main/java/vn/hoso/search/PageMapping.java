package vn.hoso.search;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import vn.hoso.records.Page;

/**
 * The index has one entry per page — the page is what people find — carrying its document's and
 * dossier's metadata. Mapped in code, not by annotations on the entities, so that Hibernate Search
 * stays inside this package.
 */
public class PageMapping implements HibernateOrmSearchMappingConfigurer {

  public static final String INDEX = "page";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    var page = context.programmaticMapping().type(Page.class);
    page.indexed().index(INDEX);
    page.binder(new PageBridge.Binder());
  }
}
