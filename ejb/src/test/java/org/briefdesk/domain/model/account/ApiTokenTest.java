package org.briefdesk.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private final Account editor = new Account("wang", "王编辑", "editor2026x", Role.EDITOR, null);
    private final Instant now = Instant.parse("2026-12-06T02:00:00Z");

    @Test
    void aTokenHas256RandomBitsAndOnlyItsHashAndPrefixAreKept() {
        ApiToken.Issued a = ApiToken.issue(editor, "清河街道信息系统", "admin", now);
        ApiToken.Issued b = ApiToken.issue(editor, "清河街道信息系统", "admin", now);
        assertNotEquals(a.plain(), b.plain());
        assertTrue(a.plain().startsWith("bd_") && a.plain().length() == 3 + 43, a.plain());
        assertEquals(a.plain().substring(0, 9), a.token().getTokenPrefix());
        assertEquals(64, ApiToken.hash(a.plain()).length());
    }

    @Test
    void aRevokedTokenOrADisabledAccountLetsNobodyIn() {
        ApiToken token = ApiToken.issue(editor, "系统", "wang", now).token();
        assertTrue(token.isUsable());
        editor.deactivate();
        assertFalse(token.isUsable());
        editor.activate();
        token.revoke(now);
        assertFalse(token.isUsable());
    }

    @Test
    void lastUseIsWrittenAtMostEveryFiveMinutes() {
        ApiToken token = ApiToken.issue(editor, "系统", "wang", now).token();
        assertTrue(token.used(now));
        assertFalse(token.used(now.plusSeconds(120)));
        assertTrue(token.used(now.plusSeconds(301)));
    }
}
