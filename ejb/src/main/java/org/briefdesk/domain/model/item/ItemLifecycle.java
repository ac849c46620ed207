package org.briefdesk.domain.model.item;

import java.util.EnumSet;
import java.util.Set;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The workflow of an item (信息流转): for each step, the statuses it may be taken from, the status
 * that follows and the refusal a user reads otherwise. Steps without a following status only check
 * that the item may still be changed that way.
 */
enum ItemLifecycle {
    /** 报送: a draft or a returned item is sent to the office. */
    SUBMIT("该信息已报送，不能重复报送", ItemStatus.SUBMITTED, ItemStatus.DRAFT, ItemStatus.RETURNED),
    /** The unit revises its own draft or returned item. */
    REVISE("只有草稿或退回修改的信息可以修改", null, ItemStatus.DRAFT, ItemStatus.RETURNED),
    /** The unit links the item to a solicitation (约稿). */
    ANSWER("只有草稿或退回修改的信息可以关联约稿", null, ItemStatus.DRAFT, ItemStatus.RETURNED),
    /** 删除草稿: only a draft never reached the office. */
    DELETE("只有草稿可以删除；已报送的信息请先撤回", null, ItemStatus.DRAFT),
    /** 撤回: before an editor has screened it. */
    WITHDRAW("编辑已处理该信息，不能撤回", ItemStatus.WITHDRAWN, ItemStatus.SUBMITTED),
    /** 采用待编. */
    ACCEPT("只有待筛选的信息可以采用", ItemStatus.ACCEPTED, ItemStatus.SUBMITTED),
    /** 退回修改. */
    RETURN("只有待筛选的信息可以退回", ItemStatus.RETURNED, ItemStatus.SUBMITTED),
    /** 不予采用. */
    REJECT("只有待筛选或采用待编的信息可以不予采用", ItemStatus.REJECTED, ItemStatus.SUBMITTED, ItemStatus.ACCEPTED),
    /** 编辑加工. */
    EDIT("只有待筛选或采用待编的信息可以编辑", null, ItemStatus.SUBMITTED, ItemStatus.ACCEPTED),
    /** 归入栏目. */
    TAG("只有待筛选或采用待编的信息可以归入栏目", null, ItemStatus.SUBMITTED, ItemStatus.ACCEPTED),
    /** 综合编辑: a source stays in the pool as accepted. */
    COMBINE("只有待筛选或采用待编的信息可以综合", ItemStatus.ACCEPTED, ItemStatus.SUBMITTED, ItemStatus.ACCEPTED),
    /** 已刊用: printing an item again changes nothing. */
    PUBLISH("只有采用待编的信息可以刊用", ItemStatus.PUBLISHED, ItemStatus.ACCEPTED, ItemStatus.PUBLISHED),
    /** 往期简报: an archived item appeared in a past issue that is imported too. */
    PRINTED_IN_PAST_ISSUE("只有已归档或已刊用的信息可以编入往期简报", ItemStatus.PUBLISHED, ItemStatus.ARCHIVED, ItemStatus.PUBLISHED);

    private final String refusal;
    private final ItemStatus next;
    private final Set<ItemStatus> from;

    ItemLifecycle(String refusal, ItemStatus next, ItemStatus first, ItemStatus... more) {
        this.refusal = refusal;
        this.next = next;
        this.from = EnumSet.of(first, more);
    }

    /** Refuses the step with its message and the current status unless {@code current} allows it. */
    void check(ItemStatus current) {
        if (!from.contains(current)) {
            throw new BusinessRuleViolation("status", refusal + "（当前状态：" + current.getLabel() + "）");
        }
    }

    /** The status after the step taken from {@code current}, or a refusal. */
    ItemStatus from(ItemStatus current) {
        check(current);
        return next == null ? current : next;
    }
}
