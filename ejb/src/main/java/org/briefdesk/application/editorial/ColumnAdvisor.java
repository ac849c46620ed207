package org.briefdesk.application.editorial;

import java.util.List;
import java.util.Set;
import org.briefdesk.domain.model.item.Item;

/**
 * Suggests briefing columns for an item from the office's own tagged items (implemented over the
 * search index in infrastructure.search).
 */
public interface ColumnAdvisor {

    /** Columns for {@code item} among {@code offered} (column names), best first, each with its voters. */
    List<ColumnSuggestion> suggest(Item item, Set<String> offered);
}
