package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.analysis.CharFolding;
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
 * an exact phrase of bigrams: only items containing that very text match.
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

    static final float TITLE_BOOST = 2f;
    /** The stretch found as it was typed counts more than its words found apart. */
    static final float FRAGMENT_BOOST = 2f;
    /** Stretches of up to this many words score their body phrase in the first pass only outside the words. */
    static final int OUTSIDE_MAX_WORDS = 2;
    /**
     * A stretch of more words but no longer than a word ({@link #WORD_LIKE_CHARS}) has its body phrase
     * scored outside its words too when the phrase's rarest bigram is in at least this share of the
     * items its rarest word is in: a term the dictionary lacks, cut into pieces that nearly always come
     * as that phrase, which then barely reorders the candidates (文明养犬, cut 文明 养 犬, is in
     * 250,000 items of 1M). A longer pasted fragment keeps its phrase: it decides which of the items
     * sharing the words ranks first (the relevance bench's 12-character stretches lose 2 of 300 without).
     */
    static final double UNSELECTIVE_PHRASE_SHARE = 0.9;

    static final int WORD_LIKE_CHARS = 4;
    /** Words within this many positions of each other, in order, earn the proximity reward. */
    static final int PROXIMITY_SLOP = 3;

    private final Analyzer queryAnalyzer;
    private final Analyzer bigramAnalyzer;
    private final BigramPhrases phrases;
    /** Document frequencies of the archive searched, or null: long stretches then keep their phrase. */
    private IndexReader reader;

    private final VariantGroups variants;
    private final Set<String> expansions = new LinkedHashSet<>();
    private final ScoringOnlyClauses scoringOnly = new ScoringOnlyClauses();
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
    /** Whether a stretch's own words are relaxed (decided per query by {@link #parseUserQuery}). */
    private boolean relaxWords;

    private int words;
    /** The word clauses of the last {@link #oneStretch}, which its phrase alternatives are scored outside of. */
    private Query lastWords;

    public ItemQueryParser(Analyzer queryAnalyzer, Analyzer bigramAnalyzer, VariantGroups variants) {
        super(DEFAULT, queryAnalyzer);
        this.queryAnalyzer = queryAnalyzer;
        this.bigramAnalyzer = bigramAnalyzer;
        this.phrases = new BigramPhrases(bigramAnalyzer);
        this.variants = variants;
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
        this.relaxWords = how == Relax.WORDS;
        setDefaultOperator(how == Relax.NONE ? QueryParser.Operator.AND : QueryParser.Operator.OR);
        return this;
    }

    /** Keeps the first pass's phrase filters in {@code cache} between searches (same matches, same scores). */
    ItemQueryParser keeping(StretchSetCache cache) {
        scoringOnly.keep(cache);
        return this;
    }

    /** Document frequencies of {@code reader} decide where a long stretch's phrase is scored. */
    public ItemQueryParser frequencies(IndexReader reader) {
        this.reader = reader;
        return this;
    }

    /** True when the last query was relaxed over whole stretches (relaxing its words may still find more). */
    public boolean relaxedWholeStretches() {
        return relax == Relax.STRETCHES && !relaxWords;
    }

    /** True when the parsed text had two words or more: relaxing a single word would change nothing. */
    public boolean hadSeveralWords() {
        return words >= 2;
    }

    /** {@code q} (parsed here, filters added or not) without its adjacency-only clauses: same matches. */
    public Query matchingOnly(Query q) {
        return scoringOnly.strip(q);
    }

    /** The variants searched in addition to what was typed, in the order found. */
    public List<String> expansions() {
        return List.copyOf(expansions);
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
        relaxWords = relax == Relax.WORDS || (relax == Relax.STRETCHES && stretches(q) < 2);
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
        return quoted ? exactPhrase(fields, queryText) : stretch(fields, queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        String f = resolve(field);
        if (!DEFAULT.equals(f) && !ItemFields.isText(f)) {
            return new TermQuery(new Term(f, queryText));
        }
        List<String> fields = DEFAULT.equals(f) ? List.of(ItemFields.TITLE, ItemFields.BODY) : List.of(f);
        if (slop == 0) {
            return exactPhrase(fields, queryText);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String fld : fields) {
            Query q = super.getFieldQuery(fld, queryText, slop);
            if (q == null) {
                return null;
            }
            b.add(boost(fld, q), BooleanClause.Occur.SHOULD);
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

    private static int half(int n) {
        return Math.max(1, (n + 1) / 2);
    }

    private static Query boost(String field, Query q) {
        return ItemFields.TITLE.equals(field) ? new BoostQuery(q, TITLE_BOOST) : q;
    }

    /** Exactly this text: a phrase of its bigrams (a single character: the word itself). */
    private Query exactPhrase(List<String> fields, String text) throws ParseException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : fields) {
            Query q = phrases.exact(BigramPhrases.field(f), text);
            if (q == null) {
                q = super.getFieldQuery(f, text, true);
            }
            if (q == null) {
                return null;
            }
            b.add(boost(f, q), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Unquoted text and its variant alternatives: any alternative may match. */
    private Query stretch(List<String> fields, String text) {
        List<String> alternatives = variants.alternatives(text, expansions);
        if (alternatives.size() == 1) {
            return oneStretch(fields, text);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        Query typedWords = null;
        for (String alt : alternatives) {
            // The text as typed gets the full treatment; a variant is searched as the exact phrase it is
            // (创建文明城区 as such, not its three words anywhere), which is also far cheaper.
            Query q = n == 0 ? oneStretch(fields, alt) : variantPhrase(fields, alt);
            if (n == 0) {
                typedWords = lastWords;
            }
            if (q != null) {
                any.add(
                        n > 0 && typedWords != null ? scoringOnly.outside(q, typedWords) : q,
                        BooleanClause.Occur.SHOULD);
            }
            n++;
        }
        return any.build().clauses().isEmpty() ? null : any.build();
    }

    private Query variantPhrase(List<String> fields, String text) {
        try {
            return exactPhrase(fields, text);
        } catch (ParseException e) {
            return null;
        }
    }

    /** All words (per word, title or body), or the text as a bigram phrase; adjacency rewarded. */
    private Query oneStretch(List<String> fields, String text) {
        List<String> words = words(text);
        lastWords = null;
        if (words.isEmpty()) {
            return null;
        }
        this.words += words.size();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (String f : fields) {
                either.add(boost(f, new TermQuery(new Term(f, w))), BooleanClause.Occur.SHOULD);
            }
            all.add(either.build(), relaxWords ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        }
        if (relaxWords) {
            all.setMinimumNumberShouldMatch(half(words.size()));
        }
        lastWords = all.build();
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(lastWords, BooleanClause.Occur.SHOULD);
        // A stretch that is one whole word adds nothing as a bigram phrase (its sub-words are indexed):
        // the phrase, the costly part of the query, is kept for stretches the segmenter cut.
        boolean oneWord = words.size() == 1 && words.get(0).equals(CharFolding.fold(text.strip()));
        for (String f : fields) {
            Query fragment = oneWord ? null : phrases.trimmed(BigramPhrases.field(f), text, reader);
            if (fragment != null) {
                // Scored everywhere in the first pass: a title's phrase (short postings, and it decides a
                // headline search) and a long stretch's (a pasted fragment: its words are selective and the
                // phrase is the point) unless the phrase is about as common as its words. A few typed
                // words' body phrase only outside the words.
                Query q = new BoostQuery(boost(f, fragment), FRAGMENT_BOOST);
                boolean cheapOrDecisive = ItemFields.TITLE.equals(f)
                        || (words.size() > OUTSIDE_MAX_WORDS
                                && BigramPhrases.selective(
                                        reader, fragment, words, text, WORD_LIKE_CHARS, UNSELECTIVE_PHRASE_SHARE));
                Query scored = cheapOrDecisive && typedTerm(words, text) ? scoringOnly.keptPhrase(q, fragment) : q;
                b.add(cheapOrDecisive ? scored : scoringOnly.outside(q, lastWords), BooleanClause.Occur.SHOULD);
            }
            if (words.size() >= 2) {
                b.add(
                        scoringOnly.mark(boost(f, new PhraseQuery(PROXIMITY_SLOP, f, words.toArray(String[]::new)))),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * A stretch such as people type and retype (志愿服务, 学院路街道), not a pasted fragment: its phrase's items
     * are worth keeping between searches.
     */
    private static boolean typedTerm(List<String> words, String text) {
        String s = text.strip();
        return words.size() <= OUTSIDE_MAX_WORDS || s.codePointCount(0, s.length()) <= WORD_LIKE_CHARS;
    }

    private List<String> words(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(ItemFields.BODY, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
