package org.briefdesk.domain.model.column;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.briefdesk.domain.shared.Text;

/**
 * A briefing column (栏目) into which editors tag items, e.g. 工作动态. Columns appear in a briefing
 * issue in {@link #getPosition()} order.
 */
@Entity
@Table(name = "briefing_column")
public class BriefingColumn {

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

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
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
