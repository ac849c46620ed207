package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.editorial.DraftSimilarity;
import org.briefdesk.domain.model.similar.MatchClass;
import org.briefdesk.search.document.ItemDocument;

/** Runs the index's similar-item search on a text being written, as if it were an item. */
@ApplicationScoped
public class LuceneDraftSimilarity implements DraftSimilarity {

    @Inject
    SearchIndex search;

    @Override
    public List<DraftMatch> similarTo(String title, String bodyText, String unitName, LocalDate eventDate) {
        // An id no item has, so the search skips nothing of the archive.
        ItemDocument draft = ItemDocument.builder("draft")
                .title(title)
                .body(bodyText)
                .unit(unitName)
                .date(eventDate)
                .build();
        try {
            return search.index().findSimilar(draft).stream()
                    .filter(m -> m.id().chars().allMatch(Character::isDigit))
                    .map(m -> new DraftMatch(
                            Long.parseLong(m.id()),
                            MatchClass.valueOf(m.matchClass().name()),
                            m.score()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
