package org.briefdesk.domain.model.column;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A briefing column (栏目) into which editors tag items, e.g. 工作动态. Columns appear in a briefing
 * issue in {@link #getPosition()} order. Administrators add, rename, reorder, retire (停用) and restore
 * columns; a retired column keeps its items and past issues but is offered for no new tag.
 */
@Entity
@Table(name = "briefing_column")
public class BriefingColumn implements Serializable {

    public static final int NAME_MAX = 20;
    /** The work plan's six columns, in their printed order. */
    public static final List<String> DEFAULTS = List.of("工作动态", "典型案例", "经验交流", "媒体链接", "问题与建议", "舆情反应");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "column_seq")
    @SequenceGenerator(name = "column_seq", sequenceName = "column_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected BriefingColumn() {}

    public BriefingColumn(String name, int position) {
        rename(name);
        moveTo(position);
    }

    public void rename(String name) {
        this.name = Text.requireLine(name, "name", "栏目名称", NAME_MAX);
    }

    public void moveTo(int position) {
        this.position = position;
    }

    /** Retires the column (停用): its items keep the tag, no new item gets it. */
    public void retire() {
        if (!active) {
            throw new BusinessRuleViolation("column", "栏目“" + name + "”已停用");
        }
        active = false;
    }

    /** Brings a retired column back into the choice lists (恢复). */
    public void restore() {
        if (active) {
            throw new BusinessRuleViolation("column", "栏目“" + name + "”正在使用，无需恢复");
        }
        active = true;
    }

    /**
     * Puts every column in the order of {@code orderedIds} (positions 1, 2, 3 …). The ids must name
     * each column exactly once, so that a stale page cannot lose or duplicate a position.
     */
    public static void reorder(List<BriefingColumn> columns, List<Long> orderedIds) {
        Set<Long> known = new HashSet<>();
        columns.forEach(c -> known.add(c.getId()));
        if (orderedIds == null || orderedIds.size() != columns.size() || !known.equals(new HashSet<>(orderedIds))) {
            throw new BusinessRuleViolation("order", "栏目顺序须包含每个栏目各一次，请刷新页面后重试");
        }
        Map<Long, BriefingColumn> byId = new HashMap<>();
        columns.forEach(c -> byId.put(c.getId(), c));
        int position = 1;
        for (Long id : orderedIds) {
            byId.get(id).moveTo(position++);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
