package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
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
    public Function<SimilarLink, String> of(long itemId) {
        return new ForItem(itemId);
    }

    /** One item's links; the overlap is symmetric, so the item's own shingles serve every link. */
    private final class ForItem implements Function<SimilarLink, String> {
        private final long itemId;
        private Optional<TextShingles> own;

        ForItem(long itemId) {
            this.itemId = itemId;
        }

        @Override
        public String apply(SimilarLink link) {
            String stored = link.getEvidence();
            if (!LinkEvidenceText.lacksTextOverlap(stored)) {
                return stored;
            }
            if (own == null) {
                own = shingles(itemId);
            }
            if (own.isEmpty()) {
                return stored;
            }
            return shingles(link.otherSideOf(itemId))
                    .map(other -> LinkEvidenceText.withTextOverlap(
                            stored, SimilarityClassifier.textOverlap(own.get(), other)))
                    .orElse(stored);
        }
    }

    private Optional<TextShingles> shingles(long itemId) {
        return items.find(itemId).map(Item::getBody).map(body -> TextShingles.of(body.getText()));
    }
}
