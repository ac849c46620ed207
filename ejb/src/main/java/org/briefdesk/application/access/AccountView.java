package org.briefdesk.application.access;

import java.io.Serializable;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.Unit;

/** An account (账号) as the administrator's pages list it; never its password. */
public record AccountView(
        long id,
        String login,
        String displayName,
        Role role,
        Long unitId,
        String unitName,
        String email,
        boolean active,
        boolean signer)
        implements Serializable {

    static AccountView of(Account a) {
        Unit u = a.getUnit();
        return new AccountView(
                a.getId(),
                a.getLogin(),
                a.getDisplayName(),
                a.getRole(),
                u == null ? null : u.getId(),
                u == null ? "" : u.getName(),
                a.getEmail(),
                a.isActive(),
                a.isSigner());
    }
}
