package org.briefdesk.application.search;

import org.briefdesk.search.query.SearchResult;

/** Writes a list of search results as a file: the XLSX an editor files or forwards (检索结果导出). */
public interface SearchResultDocuments {

    /** One row per hit (序号, 标题, 单位, 日期, 编号), under a heading naming the query and filters. */
    byte[] workbook(String heading, SearchResult result);
}
