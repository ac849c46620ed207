package org.briefdesk.application.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void weakPasswordsAreRefusedWithTheReasonAndTheRuleInChinese() {
        assertRefused("qinghe", "password1", "密码太短");
        assertRefused("qinghe", "password2026", "这是常见的弱密码");
        assertRefused("qinghe", "briefdesk2026", "这是常见的弱密码");
        assertRefused("qinghe", "qinghe20261", "密码不能包含登录名");
        assertRefused("qinghe", "QINGHE-2026-x", "密码不能包含登录名");
        assertRefused("qinghe", "12345678901", "密码须同时包含字母和数字");
        assertRefused("qinghe", "aaaaaaaa11", "这是常见的弱密码");
    }

    @Test
    void aLongMixedPasswordUnrelatedToTheLoginIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("qinghe", "Xiyuan#Lu2026"));
        assertDoesNotThrow(() -> PasswordPolicy.check("qinghe", "清河街道信息员2026"));
    }

    private static void assertRefused(String login, String password, String reason) {
        BusinessRuleViolation e =
                assertThrows(BusinessRuleViolation.class, () -> PasswordPolicy.check(login, password));
        assertTrue(e.getMessage().startsWith(reason) && e.getMessage().contains("密码至少10位"), e.getMessage());
    }
}
