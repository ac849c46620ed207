package org.briefdesk.search.document;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Field names of the item index and the aliases users may type as query prefixes. */
public final class ItemFields {
    private ItemFields() {}

    /**
     * Bump when the schema or the analysis changes incompatibly: {@code ItemIndex.needsRebuild()}
     * then reports true and the application rebuilds from the database. Version 2: similarity
     * features in a binary doc value ({@link #FEATURES}) instead of stored term vector and entities.
     * Version 3: bigram sub-fields ({@link #TITLE_GRAMS}, {@link #BODY_GRAMS}), unit names split into
     * name and suffix, traditional→simplified folding only for traditional characters.
     */
    public static final int SCHEMA_VERSION = 3;

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String BODY = "body";
    /** Character bigrams of the title: phrases and fragments whatever the segmentation. */
    public static final String TITLE_GRAMS = "title2";
    /** Character bigrams of the body. */
    public static final String BODY_GRAMS = "body2";

    public static final String UNIT = "unit";
    public static final String UNIT_KIND = "unitKind";
    public static final String COLUMN = "column";
    public static final String STATUS = "status";
    public static final String MUST_REPORT = "mustReport";
    public static final String URGENT = "urgent";
    /** The editor's judgement: POSITIVE/NEGATIVE (正面/负面), EARLY_WARNING (预警), SENSITIVE (敏感). */
    public static final String FLAG = "flag";

    public static final String DATE = "date";
    /** MinHash LSH band keys (similar package). */
    public static final String LSH = "lsh";
    /** SHA-256 of the normalised body. */
    public static final String FINGERPRINT = "fp";
    /** Entities: names, places, units, numbers, dates (indexed for more-like-this). */
    public static final String ENTITY = "ent";
    /** Binary doc value: the item's similarity summary (MinHash signature, term vector, entities…). */
    public static final String FEATURES = "simf";

    /** Keyword (not analysed) fields that can be filtered and faceted. */
    public static final List<String> FACET_FIELDS = List.of(UNIT, UNIT_KIND, COLUMN, STATUS, MUST_REPORT, URGENT, FLAG);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("标题", TITLE),
            Map.entry("title", TITLE),
            Map.entry("正文", BODY),
            Map.entry("内容", BODY),
            Map.entry("body", BODY),
            Map.entry("单位", UNIT),
            Map.entry("unit", UNIT),
            Map.entry("单位类型", UNIT_KIND),
            Map.entry("unitkind", UNIT_KIND),
            Map.entry("栏目", COLUMN),
            Map.entry("column", COLUMN),
            Map.entry("状态", STATUS),
            Map.entry("status", STATUS),
            Map.entry("必报", MUST_REPORT),
            Map.entry("mustreport", MUST_REPORT),
            Map.entry("紧急", URGENT),
            Map.entry("urgent", URGENT));

    /** The index field for a user-typed prefix (Chinese or English), or null if unknown. */
    public static String resolveAlias(String typed) {
        return ALIASES.get(typed.strip().toLowerCase(Locale.ROOT));
    }

    /** All accepted prefixes (for query pre-normalisation). */
    public static java.util.Set<String> aliases() {
        return ALIASES.keySet();
    }

    public static boolean isText(String field) {
        return TITLE.equals(field) || BODY.equals(field);
    }
}
