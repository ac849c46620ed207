package org.briefdesk.infrastructure.search;

import org.briefdesk.search.similar.SimilarityClassifier.TextOverlap;
import org.briefdesk.search.similar.SimilarityEvidence;

/**
 * The text of a link's evidence (证据) as an editor reads it: “文字重合90%，句子重合80%，内容相似度0.97；
 * 共同要素：…；相隔0天”. A RELATED match comes without the text overlap, stored as “内容相似度…” and
 * completed when shown ({@link ShingledLinkEvidence}).
 */
final class LinkEvidenceText {

    private static final String TEXT_OVERLAP = "文字重合";

    private LinkEvidenceText() {}

    /** The evidence as stored with the link. */
    static String of(SimilarityEvidence e) {
        StringBuilder s = new StringBuilder();
        if (e.textCompared()) {
            s.append(textOverlap(e.jaccard(), e.sentenceOverlap())).append('，');
        }
        s.append(String.format("内容相似度%.2f", e.cosine()));
        if (!e.sharedEntities().isEmpty()) {
            s.append("；共同要素：")
                    .append(String.join(
                            "、", e.sharedEntities().stream().limit(8).toList()));
        }
        if (e.daysApart() >= 0) {
            s.append("；相隔").append(e.daysApart()).append("天");
        }
        return s.toString();
    }

    /** Whether stored evidence lacks the text overlap (a RELATED link's, or none at all). */
    static boolean lacksTextOverlap(String stored) {
        return stored == null || !stored.startsWith(TEXT_OVERLAP);
    }

    /** Stored evidence without the text overlap, completed with it: the same text as if stored whole. */
    static String withTextOverlap(String stored, TextOverlap overlap) {
        String text = textOverlap(overlap.jaccard(), overlap.sentenceOverlap());
        return stored == null || stored.isEmpty() ? text : text + "，" + stored;
    }

    private static String textOverlap(double jaccard, double sentences) {
        return String.format(TEXT_OVERLAP + "%.0f%%，句子重合%.0f%%", jaccard * 100, sentences * 100);
    }
}
