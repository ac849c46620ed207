package org.briefdesk.search.query;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.document.ItemFields;

/**
 * Parses users' queries: words (AND by default), "phrases" (also “…”), AND/OR/NOT, +/-,
 * parentheses, field prefixes in Chinese or English (标题:, 正文:, 单位:, 栏目:, title:, body:…,
 * also with a full-width colon).
 *
 * <p>A stretch of unquoted text matches an item when every word of it is in the title or the body
 * (<em>per word</em>: 海淀区垃圾分类 finds 海淀区 in the title and 垃圾分类 in the body), <em>or</em>
 * when the stretch itself is in the text as a phrase of character bigrams, however the segmenter
 * cut it (a fragment cut mid-word, 取群众意见, still matches). Adjacency scores: the bigram phrase
 * and a proximity phrase of the words are rewarded, the title counts double. The stretch is also
 * searched with its {@link VariantGroups} alternatives ({@link #expansions()}). A quoted phrase is
 * an exact phrase of bigrams: only items containing that very text match. These text clauses are
 * built by {@link StretchQueries}; this class is the syntax, the fields and the relaxing.
 *
 * <p>{@link #relaxed(Relax)} is the fallback when the strict query finds nothing. A query of several
 * whitespace-separated stretches first relaxes over whole stretches: about half of them must match,
 * each with all its words or as its phrase (学院路街道 never comes down to 街道 alone, which would
 * match most of the archive). A single stretch, and a query no whole stretches of which are found
 * together, relax over words: about half of the words must match.
 *
 * <p>Not thread-safe (like QueryParser): create one per query, it is cheap.
 */
public final class ItemQueryParser extends QueryParser {
    /** Sentinel default field: "title or body". */
    static final String DEFAULT = "\u0000text";

    private final Analyzer queryAnalyzer;
    private final Analyzer bigramAnalyzer;
    private final VariantGroups variants;
    private final StretchQueries stretchQueries;
    /** How a query whose strict form finds nothing is relaxed. */
    public enum Relax {
        /** Every stretch must match. */
        NONE,
        /** About half of the stretches, each whole; a single stretch as {@link #WORDS}. */
        STRETCHES,
        /** About half of the words (and of the stretches). */
        WORDS
    }

    private Relax relax = Relax.NONE;

    public ItemQueryParser(Analyzer queryAnalyzer, Analyzer bigramAnalyzer, VariantGroups variants) {
        super(DEFAULT, queryAnalyzer);
        this.queryAnalyzer = queryAnalyzer;
        this.bigramAnalyzer = bigramAnalyzer;
        this.variants = variants;
        // A quoted single character has no bigram: the parser's own analysis makes it a word query.
        this.stretchQueries = new StretchQueries(
                queryAnalyzer, bigramAnalyzer, variants, (f, text) -> super.getFieldQuery(f, text, true));
        setDefaultOperator(QueryParser.Operator.AND);
        setAutoGeneratePhraseQueries(false);
        setSplitOnWhitespace(true);
    }

    /** Relaxed parsing over words: about half of the words must match (minimum-should-match) instead of all. */
    public ItemQueryParser relaxed(boolean relaxed) {
        return relaxed(relaxed ? Relax.WORDS : Relax.NONE);
    }

    /** Relaxed parsing as {@code how} says; see {@link Relax}. */
    public ItemQueryParser relaxed(Relax how) {
        this.relax = how;
        stretchQueries.relaxWords(how == Relax.WORDS);
        setDefaultOperator(how == Relax.NONE ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        return this;
    }

    /** Keeps the first pass's phrase filters in {@code cache} between searches (same matches, same scores). */
    ItemQueryParser keeping(StretchSetCache cache) {
        stretchQueries.scoringOnly().keep(cache);
        return this;
    }

    /** Document frequencies of {@code reader} decide where a long stretch's phrase is scored. */
    public ItemQueryParser frequencies(IndexReader reader) {
        stretchQueries.frequencies(reader);
        return this;
    }

    /** True when the last query was relaxed over whole stretches (relaxing its words may still find more). */
    public boolean relaxedWholeStretches() {
        return relax == Relax.STRETCHES && !stretchQueries.relaxesWords();
    }

    /** True when the parsed text had two words or more: relaxing a single word would change nothing. */
    public boolean hadSeveralWords() {
        return stretchQueries.wordCount() >= 2;
    }

    /** {@code q} (parsed here, filters added or not) without its adjacency-only clauses: same matches. */
    public Query matchingOnly(Query q) {
        return stretchQueries.scoringOnly().strip(q);
    }

    /** The variants searched in addition to what was typed, in the order found. */
    public List<String> expansions() {
        return stretchQueries.expansions();
    }

    /** True when relaxing {@code userQuery} keeps its meaning: plain words, no operators or quotes. */
    public static boolean isRelaxable(String userQuery) {
        String q = userQuery == null ? "" : userQuery.strip().replaceAll("\\s+", " ");
        return !q.isEmpty() && QueryRepair.plain(q).equals(q);
    }

    /**
     * Parses a user query; blank means "everything". A query over {@link QueryLimits} or with broken
     * syntax is a {@link QuerySyntaxException} with a Chinese reason and the nearest query that works.
     */
    public Query parseUserQuery(String userQuery) {
        String raw = userQuery == null ? "" : userQuery;
        QueryLimits.check(raw, queryAnalyzer);
        String q = TypedSyntax.toParserSyntax(raw);
        stretchQueries.relaxWords(relax == Relax.WORDS || (relax == Relax.STRETCHES && stretches(q) < 2));
        if (q.isBlank()) {
            return new MatchAllDocsQuery();
        }
        try {
            Query parsed = parse(q);
            return parsed == null ? new MatchNoDocsQuery("no searchable words") : parsed;
        } catch (ParseException e) {
            throw new QuerySyntaxException(raw, "检索式有误：" + QueryRepair.reason(raw, e), nearestWorking(raw), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(raw, "检索式过于复杂：请减少检索词或通配符", nearestWorking(raw), e);
        }
    }

    private static int stretches(String q) {
        String s = q.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** The first repair of {@code raw} that parses, or null. */
    private String nearestWorking(String raw) {
        return QueryRepair.nearestWorking(raw, candidate -> {
            try {
                new ItemQueryParser(queryAnalyzer, bigramAnalyzer, variants)
                        .parse(TypedSyntax.toParserSyntax(candidate));
                return true;
            } catch (ParseException | RuntimeException e) {
                return false;
            }
        });
    }

    private String resolve(String field) throws ParseException {
        if (DEFAULT.equals(field)) {
            return DEFAULT;
        }
        String f = ItemFields.resolveAlias(field);
        if (f == null) {
            throw new QueryRepair.Reason("未知字段“" + field + "”，可用 标题、正文、单位、栏目、状态");
        }
        return f;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        String f = resolve(field);
        if (!DEFAULT.equals(f) && !ItemFields.isText(f)) {
            return new TermQuery(new Term(f, queryText));
        }
        List<String> fields = DEFAULT.equals(f) ? List.of(ItemFields.TITLE, ItemFields.BODY) : List.of(f);
        return quoted ? stretchQueries.exactPhrase(fields, queryText) : stretchQueries.stretch(fields, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String f = resolve(field);
        if (!DEFAULT.equals(f) && !ItemFields.isText(f)) {
            return new TermQuery(new Term(f, queryText));
        }
        List<String> fields = DEFAULT.equals(f) ? List.of(ItemFields.TITLE, ItemFields.BODY) : List.of(f);
        if (slop == 0) {
            return stretchQueries.exactPhrase(fields, queryText);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String fld : fields) {
            Query q = super.getFieldQuery(fld, queryText, slop);
            if (q == null) {
                return null;
            }
            b.add(StretchQueries.boost(fld, q), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        Query q = super.getBooleanQuery(clauses);
        if (relax != Relax.NONE
                && q instanceof BooleanQuery bq
                && bq.clauses().size() >= 2
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.SHOULD)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            bq.clauses().forEach(b::add);
            return b.setMinimumNumberShouldMatch(half(bq.clauses().size())).build();
        }
        return q;
    }

    static int half(int n) {
        return Math.max(1, (n + 1) / 2);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        String f = resolve(field);
        if (DEFAULT.equals(f)) {
            return new BooleanQuery.Builder()
                    .add(super.getPrefixQuery(ItemFields.TITLE, termStr), BooleanClause.Occur.SHOULD)
                    .add(super.getPrefixQuery(ItemFields.BODY, termStr), BooleanClause.Occur.SHOULD)
                    .build();
        }
        return super.getPrefixQuery(f, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        String f = resolve(field);
        return super.getWildcardQuery(DEFAULT.equals(f) ? ItemFields.BODY : f, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        String f = resolve(field);
        return super.getFuzzyQuery(DEFAULT.equals(f) ? ItemFields.BODY : f, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        throw new QueryRepair.Reason("不支持正则表达式；日期中的斜杠请写作 2024-05 或加引号");
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        String f = resolve(field);
        if (DEFAULT.equals(f) || ItemFields.isText(f)) {
            throw new QueryRepair.Reason("范围查询只用于单位、栏目等字段；日期请用日期筛选");
        }
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
    }
}
