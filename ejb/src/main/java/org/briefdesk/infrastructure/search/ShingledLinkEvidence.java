package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.briefdesk.application.editorial.LinkEvidence;
import org.briefdesk.domain.model.item.Item;
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
    public String readable(SimilarLink link) {
        String stored = link.getEvidence();
        if (!LinkEvidenceText.lacksTextOverlap(stored)) {
            return stored;
        }
        Optional<TextShingles> a = shingles(link.getItemId());
        Optional<TextShingles> b = shingles(link.getOtherItemId());
        if (a.isEmpty() || b.isEmpty()) {
            return stored;
        }
        return LinkEvidenceText.withTextOverlap(stored, SimilarityClassifier.textOverlap(a.get(), b.get()));
    }

    private Optional<TextShingles> shingles(long itemId) {
        return items.find(itemId).map(Item::getBody).map(body -> TextShingles.of(body.getText()));
    }
}
