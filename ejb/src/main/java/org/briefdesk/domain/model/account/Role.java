package org.briefdesk.domain.model.account;

/**
 * What an account may do (角色). The names are the security roles used by pages and endpoints.
 */
public enum Role {
    /** 信息员: writes and submits their own unit's items; sees only their unit's data. */
    OFFICER("信息员"),
    /** 编辑: screens, tags, edits and combines items; assembles briefing issues. */
    EDITOR("编辑"),
    /** 领导: reads published issues and statistics; writes instructions. */
    LEADER("领导"),
    /** 管理员: manages units, accounts and configuration. */
    ADMIN("管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** An officer speaks for a unit, so the account must name one. */
    public boolean requiresUnit() {
        return this == OFFICER;
    }
}
