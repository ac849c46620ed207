package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.application.editorial.LinkEvidence;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.similar.SimilarLink;
import org.briefdesk.search.similar.SimilarityClassifier;
import org.briefdesk.search.similar.TextShingles;

/**
 * Completes a RELATED link's evidence with the text overlap of its two items, shingled from their
 * current text the way duplicate detection shingles the indexed body (the item's plain text).
 */
@ApplicationScoped
public class ShingledLinkEvidence implements LinkEvidence {

    @Inject
    ItemRepository items;

    @Override
    public List<String> of(long itemId, List<SimilarLink> links) {
        Set<Long> needed = new HashSet<>();
        for (SimilarLink link : links) {
            if (LinkEvidenceText.lacksTextOverlap(link.getEvidence())) {
                needed.add(link.otherSideOf(itemId));
            }
        }
        Map<Long, String> texts = Map.of();
        if (!needed.isEmpty()) {
            needed.add(itemId);
            texts = items.plainTexts(needed);
        }
        // The overlap is symmetric, so the item's own shingles serve every link.
        String ownText = texts.get(itemId);
        TextShingles own = ownText == null ? null : TextShingles.of(ownText);
        List<String> out = new ArrayList<>(links.size());
        for (SimilarLink link : links) {
            String stored = link.getEvidence();
            String other = texts.get(link.otherSideOf(itemId));
            if (!LinkEvidenceText.lacksTextOverlap(stored) || own == null || other == null) {
                out.add(stored);
            } else {
                out.add(LinkEvidenceText.withTextOverlap(
                        stored, SimilarityClassifier.textOverlap(own, TextShingles.of(other))));
            }
        }
        return out;
    }
}
