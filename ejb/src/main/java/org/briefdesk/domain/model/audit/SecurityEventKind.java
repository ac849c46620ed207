package org.briefdesk.domain.model.audit;

/**
 * What a security log entry (安全日志) records as having happened, with the name the security log page
 * shows. A value of its own, apart from the entry's entity, so the page filters by it without touching
 * the entity.
 */
public enum SecurityEventKind {
    SIGNED_IN("登录成功"),
    LOGIN_FAILED("登录失败"),
    LOGIN_LOCKED("登录锁定"),
    TOKEN_CREATED("创建令牌"),
    TOKEN_REVOKED("吊销令牌"),
    ACCOUNT_CREATED("新增账号"),
    ROLE_CHANGED("角色变更"),
    PASSWORD_RESET("管理员重设密码"),
    PASSWORD_CHANGED("本人修改密码"),
    ACCOUNT_DISABLED("停用账号"),
    ACCOUNT_ENABLED("启用账号");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
