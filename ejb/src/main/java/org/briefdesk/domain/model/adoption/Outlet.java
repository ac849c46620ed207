package org.briefdesk.domain.model.adoption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A publication or medium that adopts items (刊物/媒体): the district briefing, 北京日报, 人民网 …
 * Its level decides the points of an adoption. An outlet that is no longer used is deactivated,
 * never deleted, because old adoptions still name it.
 */
@Entity
@Table(name = "outlet")
public class Outlet {

    public static final int NAME_MAX = 60;
    public static final int MEDIUM_MAX = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutletLevel level;

    /** 简报, 报纸, 网站, 电视 …: free text, shown beside the name. */
    @Column(nullable = false, length = MEDIUM_MAX)
    private String medium;

    @Column(nullable = false)
    private boolean active = true;

    protected Outlet() {}

    public Outlet(String name, OutletLevel level, String medium) {
        this.name = Text.requireLine(name, "name", "刊物名称", NAME_MAX);
        change(level, medium);
    }

    /** Level and medium may be corrected; the name is the outlet's identity. */
    public void change(OutletLevel level, String medium) {
        if (level == null) {
            throw new BusinessRuleViolation("level", "请选择刊物级别");
        }
        this.level = level;
        this.medium = Text.requireLine(medium, "medium", "媒体类型", MEDIUM_MAX);
    }

    public void rename(String newName) {
        this.name = Text.requireLine(newName, "name", "刊物名称", NAME_MAX);
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

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public OutletLevel getLevel() {
        return level;
    }

    public String getMedium() {
        return medium;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return name;
    }
}
