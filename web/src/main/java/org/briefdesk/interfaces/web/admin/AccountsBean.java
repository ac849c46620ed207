package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.AccountView;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * Account administration (账号管理). Like the unit page it keeps account views, never entities or
 * password hashes, in the view state; the typed password lives only for the one save request.
 */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accountService;

    @Inject
    UnitService unitService;

    private List<AccountView> rows;
    private List<UnitOption> units;

    /** The account being edited in the dialog, or null when the dialog creates one. */
    private Long editingId;

    private String login;
    private String displayName;
    private Role role;
    private Long unitId;
    private String email;
    private transient String password;

    @PostConstruct
    void load() {
        // A mutable list: p:dataTable sorts the rows in place.
        rows = new ArrayList<>(accountService.list(currentUser.getActor()));
        units = unitService.views().stream().map(UnitOption::of).toList();
    }

    public void startNew() {
        editingId = null;
        login = null;
        displayName = null;
        role = null;
        unitId = null;
        email = null;
        password = null;
    }

    public void startEdit(AccountView row) {
        editingId = row.id();
        login = row.login();
        displayName = row.displayName();
        role = row.role();
        unitId = row.unitId();
        email = row.email();
        password = null;
    }

    /** Saves the dialog; on a broken rule the dialog stays open with the message and nothing is stored. */
    public void save() {
        // The login is fixed once created, so an edit never sends one.
        AccountForm form =
                new AccountForm(editingId == null ? login : null, displayName, password, role, unitId, email);
        password = null;
        if (editingId == null) {
            accountService.create(currentUser.getActor(), form);
        } else {
            accountService.update(currentUser.getActor(), editingId, form);
        }
        Pages.info("账号“" + displayName.strip() + "”已保存");
        load();
        PrimeFaces.current().executeScript("PF('accountDialog').hide()");
        PrimeFaces.current().ajax().update("accountsForm:accounts", "growl");
    }

    public void toggleActive(AccountView row) {
        accountService.setActive(currentUser.getActor(), row.id(), !row.active());
        Pages.info("账号“" + row.login() + "”已" + (row.active() ? "停用" : "启用"));
        load();
    }

    /** 设为 / 取消签发人 (editors only). */
    public void toggleSigner(AccountView row) {
        try {
            accountService.setSigner(currentUser.getActor(), row.id(), !row.signer());
            Pages.info("账号“" + row.login() + "”已" + (row.signer() ? "取消签发人" : "设为签发人"));
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
        load();
    }

    public List<AccountView> getRows() {
        return rows;
    }

    public List<UnitOption> getUnits() {
        return units;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** A unit in the picker; a stopped unit stays listed (existing accounts may still name it) but says so. */
    public record UnitOption(long id, String label) implements Serializable {

        static UnitOption of(UnitView u) {
            return new UnitOption(u.id(), u.active() ? u.name() : u.name() + "（已停用）");
        }
    }
}
