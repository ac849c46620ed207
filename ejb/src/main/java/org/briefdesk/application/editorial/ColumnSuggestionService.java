package org.briefdesk.application.editorial;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.shared.NotFound;

/**
 * Column suggestions on the editor's item page (建议栏目): the columns in use that the office's own
 * tagged items like this one were tagged with, and those items as the reason.
 */
@Stateless
public class ColumnSuggestionService {

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    ColumnAdvisor advisor;

    public List<ColumnSuggestion> suggest(Actor actor, long itemId) {
        actor.require(Role.EDITOR);
        Item item = items.find(itemId).orElseThrow(() -> new NotFound("信息不存在或已删除"));
        Map<String, Long> offered = new HashMap<>();
        for (BriefingColumn c : columns.active()) {
            offered.put(c.getName(), c.getId());
        }
        return advisor.suggest(item, offered.keySet()).stream()
                .map(s -> s.withColumnId(offered.get(s.column())))
                .toList();
    }
}
