package org.briefdesk.interfaces.web.editor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;
import org.briefdesk.interfaces.web.Pages;

/**
 * 综合编辑, editor/combine.xhtml?ids=1,2,3: the editor writes one item from several units' reports,
 * starting from the longest one with the others beside it.
 */
@Named
@ViewScoped
public class CombineBean implements Serializable {

    /** More would not fit beside the editor; a real event rarely has more reports. */
    private static final int MAX_SOURCES = 10;

    @Inject
    CurrentUser currentUser;

    @Inject
    ItemService itemService;

    @Inject
    EditorialService editorial;

    private String ids;
    private List<ItemView> sources = List.of();
    /** Each source's version as shown, in the order the editor chose them. */
    private final Map<Long, Long> versions = new LinkedHashMap<>();

    private String title;
    private String body;

    public void load() {
        Set<Long> wanted = new LinkedHashSet<>();
        for (String part : (ids == null ? "" : ids).split(",")) {
            if (!part.isBlank()) {
                wanted.add(Ids.parse(part, "信息不存在"));
            }
        }
        if (wanted.size() < 2 || wanted.size() > MAX_SOURCES) {
            Pages.error("综合编辑需要选择2至" + MAX_SOURCES + "条信息");
            return;
        }
        List<ItemView> loaded = new ArrayList<>();
        for (Long id : wanted) {
            loaded.add(itemService.details(currentUser.getActor(), id));
        }
        sources = loaded;
        versions.clear();
        loaded.forEach(i -> versions.put(i.id(), i.version()));
        ItemView longest = loaded.stream()
                .max(Comparator.comparingInt(ItemView::bodyLength))
                .orElseThrow();
        title = longest.title();
        body = longest.bodyHtml();
    }

    /** Saves the combined item and opens it on the editor's page. */
    public void save() {
        long combined = editorial.combine(currentUser.getActor(), versions, title, body);
        Pages.redirect("/editor/item.xhtml?id=" + combined);
    }

    public boolean isReady() {
        return sources.size() >= 2;
    }

    /** The longest source first: it is the one the editor starts from. */
    public List<ItemView> getSources() {
        return sources.stream()
                .sorted(Comparator.comparingInt(ItemView::bodyLength).reversed())
                .toList();
    }

    /** Every source unit once, in the order shown: each of them is credited with the combined item. */
    public String getSourceUnits() {
        return getSources().stream().map(ItemView::unitShortName).distinct().collect(Collectors.joining("、"));
    }

    public String getIds() {
        return ids;
    }

    public void setIds(String ids) {
        this.ids = ids;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
