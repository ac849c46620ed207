package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountView;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.interfaces.web.CurrentUser;

/** The administrator's overview (系统管理): how many units of each kind and accounts of each role. */
@Named
@RequestScoped
public class AdminHomeBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService unitService;

    @Inject
    AccountService accountService;

    private final Map<UnitKind, Long> unitsByKind = new EnumMap<>(UnitKind.class);
    private final Map<Role, Long> accountsByRole = new EnumMap<>(Role.class);
    private long keyUnits;
    private long inactiveUnits;
    private long inactiveAccounts;

    @PostConstruct
    void load() {
        List<UnitView> units = unitService.views();
        List<AccountView> accounts = accountService.list(currentUser.getActor());
        for (UnitView u : units) {
            unitsByKind.merge(u.kind(), 1L, Long::sum);
        }
        for (AccountView a : accounts) {
            accountsByRole.merge(a.role(), 1L, Long::sum);
        }
        keyUnits = units.stream().filter(UnitView::keyUnit).count();
        inactiveUnits = units.stream().filter(u -> !u.active()).count();
        inactiveAccounts = accounts.stream().filter(a -> !a.active()).count();
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public long units(UnitKind kind) {
        return unitsByKind.getOrDefault(kind, 0L);
    }

    public long accounts(Role role) {
        return accountsByRole.getOrDefault(role, 0L);
    }

    public long getKeyUnits() {
        return keyUnits;
    }

    public long getInactiveUnits() {
        return inactiveUnits;
    }

    public long getInactiveAccounts() {
        return inactiveAccounts;
    }
}
