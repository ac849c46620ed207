package org.briefdesk.domain.model.unit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A reporting unit (信息报送单位): a 工委, a 部门 or a 街乡镇, or the office itself. A 部门 or 街乡镇 may
 * sit under a 工委 (the unit tree). A key network unit (信息重点网络单位) owes a weekly quota (每周报送任务),
 * the work plan's {@link WeeklyQuota#PLAN_DEFAULT} unless an administrator gives it its own; the quota
 * has a history ({@link QuotaChange}) so that a change applies from the next week and past weeks are
 * judged by the quota they had.
 */
@Entity
@Table(name = "unit")
public class Unit implements Serializable {

    public static final int NAME_MAX = 60;
    public static final int SHORT_NAME_MAX = 20;
    public static final int LEADER_MAX = 40;

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

    /** A member unit of the office (区创建办成员单位): issues 送 the member units reach it. */
    @Column(name = "member_unit", nullable = false)
    private boolean memberUnit;

    /** The 工委 this 部门 or 街乡镇 belongs to in the network (上级工委), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    /** The unit's leader in charge of information work (分管领导), e.g. 王伟（副主任）. */
    @Column(length = LEADER_MAX)
    private String leader;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "unit_quota", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("effectiveFrom")
    private List<QuotaChange> quotaHistory = new ArrayList<>();

    protected Unit() {}

    /** A new unit; a key unit owes the plan's quota in every week, an ordinary unit none. */
    public Unit(String name, String shortName, UnitKind kind, boolean keyUnit) {
        rename(name, shortName);
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "请选择单位类别");
        }
        this.kind = kind;
        this.keyUnit = kind.isReporting() && keyUnit;
        quotaHistory.add(
                new QuotaChange(QuotaChange.SINCE_EVER, this.keyUnit ? WeeklyQuota.PLAN_DEFAULT : WeeklyQuota.NONE));
    }

    public void rename(String name, String shortName) {
        this.name = Text.requireLine(name, "name", "单位名称", NAME_MAX);
        String s = Text.optionalLine(shortName, "shortName", "单位简称", SHORT_NAME_MAX);
        this.shortName = s != null ? s : defaultShortName(this.name);
    }

    /**
     * Sets the kind and whether the unit is a key network unit. Becoming a key unit brings the plan's
     * quota, and ceasing to be one ends the quota, both from the next week.
     */
    public void classify(UnitKind kind, boolean keyUnit, LocalDate today) {
        if (kind == null) {
            throw new BusinessRuleViolation("kind", "请选择单位类别");
        }
        if (kind != this.kind && (kind == UnitKind.OFFICE || this.kind == UnitKind.OFFICE)) {
            throw new BusinessRuleViolation("kind", "区创建办的类别不能更改，其他单位也不能改为区创建办");
        }
        if (kind == UnitKind.GONGWEI && parent != null) {
            throw new BusinessRuleViolation("kind", "工委不能隶属于其他工委，请先取消上级工委");
        }
        boolean key = kind.isReporting() && keyUnit;
        this.kind = kind;
        if (key != this.keyUnit) {
            this.keyUnit = key;
            changeQuota(key ? WeeklyQuota.PLAN_DEFAULT : WeeklyQuota.NONE, today);
        }
    }

    /**
     * Places a 部门 or 街乡镇 under a 工委 (null: directly under the office). A 工委 has no parent, so
     * the tree is two levels deep and never has a cycle.
     */
    public void placeUnder(Unit newParent) {
        if (newParent == null) {
            parent = null;
            return;
        }
        if (kind != UnitKind.DEPARTMENT && kind != UnitKind.STREET_TOWN) {
            throw new BusinessRuleViolation("parent", "只有部门和街乡镇可以隶属于工委");
        }
        if (newParent.getKind() != UnitKind.GONGWEI) {
            throw new BusinessRuleViolation("parent", "上级单位须为工委");
        }
        if (!newParent.isActive()) {
            throw new BusinessRuleViolation("parent", "上级工委“" + newParent.getName() + "”已停用");
        }
        parent = newParent;
    }

    /** Names the leader in charge (分管领导); blank clears it. */
    public void assignLeader(String leader) {
        this.leader = Text.optionalLine(leader, "leader", "分管领导", LEADER_MAX);
    }

    /**
     * Gives the unit a new weekly quota from the next week on; the weeks up to this one keep theirs. A
     * change already waiting for next week is replaced, so an administrator may correct it.
     */
    public void changeQuota(WeeklyQuota quota, LocalDate today) {
        if (quota.applies() && !keyUnit) {
            throw new BusinessRuleViolation("quota", "只有信息重点网络单位有每周报送任务");
        }
        LocalDate from = QuotaChange.nextWeek(today);
        quotaHistory.removeIf(c -> !c.getEffectiveFrom().isBefore(from));
        if (!quotaInWeekOf(from).equals(quota)) {
            quotaHistory.add(new QuotaChange(from, quota));
        }
    }

    /** The quota the unit owes in the week (Monday to Sunday) containing {@code day}. */
    public WeeklyQuota quotaInWeekOf(LocalDate day) {
        LocalDate monday = QuotaChange.weekOf(day);
        WeeklyQuota quota = WeeklyQuota.NONE;
        for (QuotaChange c : quotaHistory) {
            if (!c.getEffectiveFrom().isAfter(monday)) {
                quota = c.quota();
            }
        }
        return quota;
    }

    /** The quota history, oldest first. */
    public List<QuotaChange> getQuotaHistory() {
        return Collections.unmodifiableList(quotaHistory);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
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

    public Unit getParent() {
        return parent;
    }

    public String getLeader() {
        return leader;
    }

    /** 设为 / 取消成员单位; only a reporting unit can be one (the office is not its own member). */
    public void makeMember(boolean member) {
        if (member && !kind.isReporting()) {
            throw new BusinessRuleViolation("memberUnit", "“" + name + "”不是报送单位，不能设为成员单位");
        }
        this.memberUnit = member;
    }

    public boolean isMemberUnit() {
        return memberUnit;
    }

    public boolean isOffice() {
        return kind == UnitKind.OFFICE;
    }

    @Override
    public String toString() {
        return name;
    }
}
