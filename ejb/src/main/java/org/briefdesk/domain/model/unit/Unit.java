package org.briefdesk.domain.model.unit;

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
 * A reporting unit (信息报送单位): a 工委, a 部门 or a 街乡镇, or the office itself.
 * A key network unit (信息重点网络单位) owes at least {@link #WEEKLY_QUOTA} items a week.
 */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int NAME_MAX = 60;
    public static final int SHORT_NAME_MAX = 20;
    /** Key network units submit at least this many items a week (work plan, 考核奖惩制度). */
    public static final int WEEKLY_QUOTA = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "short_name", nullable = false, length = SHORT_NAME_MAX)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Column(name = "key_unit", nullable = false)
    private boolean keyUnit;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {}

    public Unit(String name, String shortName, UnitKind kind, boolean keyUnit) {
        rename(name, shortName);
        classify(kind, keyUnit);
    }

    public void rename(String name, String shortName) {
        this.name = Text.requireLine(name, "name", "单位名称", NAME_MAX);
        String s = Text.optionalLine(shortName, "shortName", "单位简称", SHORT_NAME_MAX);
        this.shortName = s != null ? s : defaultShortName(this.name);
    }

    public void classify(UnitKind kind, boolean keyUnit) {
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "请选择单位类别");
        }
        this.kind = kind;
        this.keyUnit = kind.isReporting() && keyUnit;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The quota this unit owes per week: only key network units have one. */
    public int getWeeklyQuota() {
        return keyUnit ? WEEKLY_QUOTA : 0;
    }

    private static String defaultShortName(String name) {
        return name.length() <= SHORT_NAME_MAX ? name : name.substring(0, SHORT_NAME_MAX);
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

    public String getShortName() {
        return shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public boolean isKeyUnit() {
        return keyUnit;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isOffice() {
        return kind == UnitKind.OFFICE;
    }

    @Override
    public String toString() {
        return name;
    }
}
