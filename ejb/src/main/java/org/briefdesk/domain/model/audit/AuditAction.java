package org.briefdesk.domain.model.audit;

/** What happened to an item (操作), as the audit trail on the item page names it. */
public enum AuditAction {
    CREATED("创建草稿"),
    REVISED("修改"),
    SUBMITTED("报送"),
    WITHDRAWN("撤回"),
    ACCEPTED("采用待编"),
    RETURNED("退回修改"),
    REJECTED("不予采用"),
    TAGGED("归入栏目"),
    CHARACTERISED("标记信息属性"),
    EDITED("编辑加工"),
    MARKED_DUPLICATE("标记为重复"),
    COMBINED("综合编辑"),
    USED_IN_COMBINATION("被综合采用"),
    ATTACHED("上传附件"),
    PUBLISHED("刊用"),
    SIGNED_OFF("签发"),
    ADOPTED("采用记录"),
    INSTRUCTED("领导批示"),
    ADOPTION_CORRECTED("更正采用记录"),
    ADOPTION_WITHDRAWN("撤销采用记录"),
    INSTRUCTION_CORRECTED("更正批示记录"),
    INSTRUCTION_WITHDRAWN("撤销批示记录"),
    ISSUE_DELETED("所在期次已删除");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
