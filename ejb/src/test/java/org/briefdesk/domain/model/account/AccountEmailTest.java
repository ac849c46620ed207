package org.briefdesk.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class AccountEmailTest {

    private final Account officer = new Account(
            "qinghe", "清河信息员", "qinghe2026", Role.OFFICER, new Unit("清河街道", null, UnitKind.STREET_TOWN, true));

    @Test
    void anOfficerMayGiveAnEmailAddressOrNone() {
        assertNull(officer.getEmail());
        officer.changeEmail("  qinghe.xinxi@hd.bj.gov.cn ");
        assertEquals("qinghe.xinxi@hd.bj.gov.cn", officer.getEmail());
        officer.changeEmail(" ");
        assertNull(officer.getEmail());
    }

    @Test
    void malformedAddressesAreRefusedAndTheOldOneKept() {
        officer.changeEmail("qinghe@163.com");
        for (String bad :
                new String[] {"qinghe", "qinghe@163", "清河 <qinghe@163.com>", "a@b.c", "x@" + "a".repeat(120) + ".com"
                }) {
            assertEquals(
                    "电子邮箱格式不正确",
                    assertThrows(BusinessRuleViolation.class, () -> officer.changeEmail(bad))
                            .getMessage(),
                    bad);
        }
        assertEquals("qinghe@163.com", officer.getEmail());
    }
}
