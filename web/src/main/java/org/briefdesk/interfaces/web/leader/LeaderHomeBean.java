package org.briefdesk.interfaces.web.leader;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefdesk.application.ItemService;
import org.briefdesk.domain.model.column.Column;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * The leader's reading page (简报阅览). Until briefing issues are published it shows the latest
 * accepted items, grouped by column the way an issue is laid out.
 */
@Named
@RequestScoped
public class LeaderHomeBean {

    private static final int LATEST = 40;
    /** Accepted items an editor has not tagged yet; listed after every column. */
    private static final String UNTAGGED = "未归入栏目";

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    private List<Section> sections;

    @PostConstruct
    void load() {
        List<Item> items = itemService.latestAccepted(currentUser.getActor(), LATEST);
        // An item tagged into several columns is listed once, under its first column in printed order.
        Comparator<Column> printed = Comparator.comparingInt(Column::getPosition).thenComparing(Column::getId);
        Map<Column, List<Item>> byColumn = new TreeMap<>(printed);
        List<Item> untagged = new ArrayList<>();
        for (Item item : items) {
            item.getColumns().stream().min(printed).ifPresentOrElse(
                    c -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(item),
                    () -> untagged.add(item));
        }
        sections = new ArrayList<>();
        byColumn.forEach((column, list) -> sections.add(new Section(column.getName(), list)));
        if (!untagged.isEmpty()) {
            sections.add(new Section(UNTAGGED, untagged));
        }
    }

    public List<Section> getSections() {
        return sections;
    }

    /** One column's items, newest first. */
    public record Section(String column, List<Item> items) {
    }
}
