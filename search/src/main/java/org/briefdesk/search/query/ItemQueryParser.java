package org.briefdesk.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.document.ItemFields;

/**
 * Parses users' queries: words (AND by default), "phrases" (also “…”), AND/OR/NOT, +/-,
 * parentheses, field prefixes in Chinese or English (标题:, 正文:, 单位:, 栏目:, title:, body:…,
 * also with a full-width colon). Unprefixed words match title (boosted) or body <em>per word</em>,
 * so 海淀区垃圾分类 finds an item with 海淀区 in the title and 垃圾分类 in the body.
 * Not thread-safe (like QueryParser): create one per query, it is cheap.
 */
public final class ItemQueryParser extends QueryParser {
  /** Sentinel default field: "title or body". */
  static final String DEFAULT = "\u0000text";
  static final float TITLE_BOOST = 2f;

  private final Analyzer queryAnalyzer;

  public ItemQueryParser(Analyzer queryAnalyzer) {
    super(DEFAULT, queryAnalyzer);
    this.queryAnalyzer = queryAnalyzer;
    setDefaultOperator(QueryParser.Operator.AND);
    setAutoGeneratePhraseQueries(false);
    setSplitOnWhitespace(true);
  }

  /**
   * Parses a user query; blank means "everything". A query over {@link QueryLimits} or with broken
   * syntax is a {@link QuerySyntaxException} with a Chinese reason and the nearest query that works.
   */
  public Query parseUserQuery(String userQuery) {
    String raw = userQuery == null ? "" : userQuery;
    QueryLimits.check(raw, queryAnalyzer);
    String q = prepare(raw);
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

  /** The first repair of {@code raw} that parses, or null. */
  private String nearestWorking(String raw) {
    for (String candidate : QueryRepair.candidates(raw)) {
      if (candidate.isBlank() || candidate.equals(raw)) {
        continue;
      }
      try {
        new ItemQueryParser(queryAnalyzer).parse(prepare(candidate));
        return candidate;
      } catch (ParseException | RuntimeException e) {
        // try the next, plainer candidate
      }
    }
    return null;
  }

  /** Full-width syntax to ASCII; '/' (regex syntax) escaped because users write 2024/05. */
  static String prepare(String q) {
    StringBuilder sb = new StringBuilder(q.length());
    for (int i = 0; i < q.length(); i++) {
      char c = q.charAt(i);
      switch (c) {
        case '“', '”', '＂' -> sb.append('"');
        case '（' -> sb.append('(');
        case '）' -> sb.append(')');
        case '：' -> sb.append(endsWithAlias(sb) ? ':' : c);
        case '/' -> sb.append("\\/");
        case '\u3000' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean endsWithAlias(StringBuilder sb) {
    for (String a : ItemFields.aliases()) {
      int s = sb.length() - a.length();
      if (s >= 0 && sb.substring(s).equalsIgnoreCase(a)
          && (s == 0 || !Character.isLetterOrDigit(sb.charAt(s - 1)) || sb.charAt(s - 1) > 0x2E80)) {
        return true;
      }
    }
    return false;
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
    if (DEFAULT.equals(f)) {
      return quoted ? eitherField(queryText, 0) : perWord(queryText);
    }
    if (!ItemFields.isText(f)) {
      return new TermQuery(new Term(f, queryText));
    }
    return super.getFieldQuery(f, queryText, quoted);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    String f = resolve(field);
    if (DEFAULT.equals(f)) {
      return eitherField(queryText, slop);
    }
    if (!ItemFields.isText(f)) {
      return new TermQuery(new Term(f, queryText));
    }
    return super.getFieldQuery(f, queryText, slop);
  }

  private Query eitherField(String text, int slop) throws ParseException {
    Query t = super.getFieldQuery(ItemFields.TITLE, text, slop);
    Query b = super.getFieldQuery(ItemFields.BODY, text, slop);
    if (t == null || b == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(t, TITLE_BOOST), BooleanClause.Occur.SHOULD)
        .add(b, BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Each word must occur in title or body (AND), or any (OR), following the default operator. */
  private Query perWord(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return null;
    }
    BooleanClause.Occur occur =
        getDefaultOperator() == Operator.AND ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String w : words) {
      Query either =
          new BooleanQuery.Builder()
              .add(new BoostQuery(new TermQuery(new Term(ItemFields.TITLE, w)), TITLE_BOOST), BooleanClause.Occur.SHOULD)
              .add(new TermQuery(new Term(ItemFields.BODY, w)), BooleanClause.Occur.SHOULD)
              .build();
      if (words.size() == 1) {
        return either;
      }
      all.add(either, occur);
    }
    return all.build();
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
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    String f = resolve(field);
    if (DEFAULT.equals(f) || ItemFields.isText(f)) {
      throw new QueryRepair.Reason("范围查询只用于单位、栏目等字段；日期请用日期筛选");
    }
    return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
  }
}
