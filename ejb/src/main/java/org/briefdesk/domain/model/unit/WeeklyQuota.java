package org.briefdesk.domain.model.unit;

import java.io.Serializable;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A weekly quota (每周报送任务): how many items a unit owes per week (Monday to Sunday). The work
 * plan sets 2 for every key network unit; an administrator may give a unit its own.
 */
public record WeeklyQuota(int perWeek) implements Serializable {

    public static final int MAX = 50;
    /** The work plan's quota of a key network unit (每周报送信息不得少于2条). */
    public static final WeeklyQuota PLAN_DEFAULT = new WeeklyQuota(2);
    /** An ordinary unit owes no number of items. */
    public static final WeeklyQuota NONE = new WeeklyQuota(0);

    public WeeklyQuota {
        if (perWeek < 0 || perWeek > MAX) {
            throw new BusinessRuleViolation("quota", "每周报送任务应为0到" + MAX + "条");
        }
    }

    /** Whether the unit owes anything at all. */
    public boolean applies() {
        return perWeek > 0;
    }

    /** Whether {@code submitted} items in a week meet the quota. */
    public boolean metBy(long submitted) {
        return submitted >= perWeek;
    }
}
