package org.briefdesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.briefdesk.search.analysis.AnalyzedText;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.document.ItemFields;
import org.briefdesk.search.similar.FeatureExtractor;
import org.briefdesk.search.similar.FeatureSummary;
import org.briefdesk.search.similar.ItemFeatures;

/** Turns an {@link ItemDocument} into a Lucene document (one HanLP pass per field). */
public final class DocumentBuilder {
    /** Title/body postings with positions and offsets: phrases and exact, re-analysis-free highlights. */
    static final FieldType TEXT = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private final Analyzer indexAnalyzer;

    public DocumentBuilder(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /** The analysed item: its Lucene document and its similarity features. */
    public record Built(Document document, ItemFeatures features) {}

    public Built build(ItemDocument item) {
        AnalyzedText title = AnalyzedText.analyze(indexAnalyzer, ItemFields.TITLE, item.title());
        AnalyzedText body = AnalyzedText.analyze(indexAnalyzer, ItemFields.BODY, item.body());
        ItemFeatures f = FeatureExtractor.extract(item, title, body);
        Document d = new Document();
        d.add(new StringField(ItemFields.ID, item.id(), Field.Store.YES));
        d.add(new StoredField(ItemFields.TITLE, item.title()));
        d.add(new Field(ItemFields.TITLE, title.tokenStream(), TEXT));
        d.add(new StoredField(ItemFields.BODY, item.body()));
        d.add(new Field(ItemFields.BODY, body.tokenStream(), TEXT));
        // Analysed by the writer's per-field analyzer (BigramAnalyzer) inside addDocument.
        d.add(new Field(ItemFields.TITLE_GRAMS, item.title(), TEXT));
        d.add(new Field(ItemFields.BODY_GRAMS, item.body(), TEXT));
        keyword(d, ItemFields.UNIT, item.unit());
        keyword(d, ItemFields.UNIT_KIND, item.unitKind());
        for (String c : item.columns()) {
            keyword(d, ItemFields.COLUMN, c);
        }
        keyword(d, ItemFields.STATUS, item.status());
        keyword(d, ItemFields.MUST_REPORT, item.mustReportKind());
        keyword(d, ItemFields.URGENT, Boolean.toString(item.urgent()));
        for (String flag : item.flags()) {
            keyword(d, ItemFields.FLAG, flag);
        }
        if (item.date() != null) {
            long day = item.date().toEpochDay();
            d.add(new LongPoint(ItemFields.DATE, day));
            d.add(new NumericDocValuesField(ItemFields.DATE, day));
            d.add(new StoredField(ItemFields.DATE, day));
        }
        d.add(new StringField(ItemFields.FINGERPRINT, f.fingerprint(), Field.Store.YES));
        for (String k : f.bandKeys()) {
            d.add(new StringField(ItemFields.LSH, k, Field.Store.NO));
        }
        for (String e : f.entities()) {
            d.add(new StringField(ItemFields.ENTITY, e, Field.Store.NO));
        }
        d.add(new BinaryDocValuesField(ItemFields.FEATURES, FeatureSummary.encode(f)));
        d.add(new SortedDocValuesField(ItemFields.ID, new BytesRef(item.id())));
        return new Built(d, f);
    }

    private static void keyword(Document d, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        d.add(new StringField(field, value, Field.Store.YES));
        d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
