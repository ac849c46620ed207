package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.briefdesk.search.document.ItemFields;

/**
 * Bounds on a user's query, checked before the parser sees it: a query of thousands of OR'ed words
 * would exceed Lucene's clause limit while searching, thousands of nested parentheses would overflow
 * the parser's stack. Each bound is far above what a person types; crossing one is a Chinese
 * {@link QuerySyntaxException}, never a server error.
 */
public final class QueryLimits {
    /** Characters: a pasted paragraph fits, a pasted report does not. */
    public static final int MAX_CHARS = 500;
    /** Words and operators after analysis; each word makes a few clauses (fields, bigrams, synonyms). */
    public static final int MAX_WORDS = 64;
    /** Parentheses inside parentheses. */
    public static final int MAX_DEPTH = 8;

    private QueryLimits() {}

    /** Throws {@link QuerySyntaxException} when {@code query} crosses a bound. */
    public static void check(String query, Analyzer analyzer) {
        if (query.length() > MAX_CHARS) {
            throw new QuerySyntaxException(
                    query, "检索式过长：最多" + MAX_CHARS + "个字符，现有" + query.length() + "个。请只保留最能区分的词语", null);
        }
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '(' || c == '（') {
                deepest = Math.max(deepest, ++depth);
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            }
        }
        if (deepest > MAX_DEPTH) {
            throw new QuerySyntaxException(query, "括号嵌套过深：最多" + MAX_DEPTH + "层，现有" + deepest + "层", null);
        }
        int words = countWords(query, analyzer);
        if (words > MAX_WORDS) {
            throw new QuerySyntaxException(
                    query, "检索词过多：最多" + MAX_WORDS + "个词，现有" + words + "个。请删去一些词，或改用单位、栏目、日期筛选", null);
        }
    }

    private static int countWords(String query, Analyzer analyzer) {
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream(ItemFields.BODY, query)) {
            ts.reset();
            while (ts.incrementToken() && n <= MAX_WORDS) {
                n++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
