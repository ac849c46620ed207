package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.editorial.ColumnAdvisor;
import org.briefdesk.application.editorial.ColumnSuggestion;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.search.similar.ColumnSuggester;

/** Column suggestions from the server's index: the item's nearest tagged neighbours vote. */
@ApplicationScoped
public class LuceneColumnAdvisor implements ColumnAdvisor {

    @Inject
    SearchIndex search;

    @Override
    public List<ColumnSuggestion> suggest(Item item, Set<String> offered) {
        try {
            return search.index().suggestColumns(ItemDocuments.of(item), offered).stream()
                    .map(LuceneColumnAdvisor::view)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ColumnSuggestion view(ColumnSuggester.Suggestion s) {
        return new ColumnSuggestion(
                null,
                s.column(),
                (int) Math.round(s.share() * 100),
                s.voters().stream()
                        .map(v -> new ColumnSuggestion.Voter(
                                Long.parseLong(v.id()), v.title(), (int) Math.round(v.weight() * 100)))
                        .toList());
    }
}
