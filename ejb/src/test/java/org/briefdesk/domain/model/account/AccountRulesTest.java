package org.briefdesk.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class AccountRulesTest {

    private final Unit qinghe = new Unit("清河街道", null, UnitKind.STREET_TOWN, true);
    private final Unit office = new Unit("海淀区创建首都文明区工作领导小组办公室", "区创建办", UnitKind.OFFICE, false);

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndStillMatches() {
        String a = PasswordHash.of("qinghe2026");
        String b = PasswordHash.of("qinghe2026");
        assertNotEquals(a, b, "salted");
        assertTrue(a.startsWith("PBKDF2WithHmacSHA256:210000:"));
        assertTrue(PasswordHash.matches("qinghe2026", a));
        assertFalse(PasswordHash.matches("qinghe2025", a));
        assertFalse(PasswordHash.matches("qinghe2026", "plain-text"));
    }

    @Test
    void weakPasswordsAreRefusedInChinese() {
        assertEquals(
                "密码至少8位",
                assertThrows(BusinessRuleViolation.class, () -> PasswordHash.of("abc12"))
                        .getMessage());
        assertEquals(
                "密码须同时包含字母和数字",
                assertThrows(BusinessRuleViolation.class, () -> PasswordHash.of("abcdefghij"))
                        .getMessage());
    }

    @Test
    void loginsAreLowerCaseAsciiAndTrimmed() {
        assertEquals("qinghe", Account.normaliseLogin("  QingHe "));
        assertThrows(BusinessRuleViolation.class, () -> Account.normaliseLogin("清河"));
        assertThrows(BusinessRuleViolation.class, () -> Account.normaliseLogin("ab"));
        assertThrows(BusinessRuleViolation.class, () -> Account.normaliseLogin("1abc"));
    }

    @Test
    void anOfficerNeedsAReportingUnitButAnEditorDoesNot() {
        assertThrows(
                BusinessRuleViolation.class, () -> new Account("qinghe", "清河信息员", "qinghe2026", Role.OFFICER, null));
        assertThrows(
                BusinessRuleViolation.class, () -> new Account("qinghe", "清河信息员", "qinghe2026", Role.OFFICER, office));
        Account editor = new Account("wang", "王编辑", "editor2026", Role.EDITOR, office);
        assertEquals(Role.EDITOR, editor.getRole());
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        Account officer = new Account("qinghe", "清河信息员", "qinghe2026", Role.OFFICER, qinghe);
        assertTrue(officer.passwordMatches("qinghe2026"));
        officer.deactivate();
        assertFalse(officer.passwordMatches("qinghe2026"));
    }

    @Test
    void displayNamesMayNotCarryMarkup() {
        assertThrows(
                BusinessRuleViolation.class,
                () -> new Account("evil", "<img src=x onerror=alert(1)>", "evil20266", Role.EDITOR, office));
    }
}
