package org.briefdesk.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/** The administration of accounts (账号管理); new passwords follow the {@link PasswordPolicy}. */
@Stateless
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    /** The actor behind an already authenticated login. */
    public Optional<Actor> actor(String login) {
        return accounts.findByLogin(login).filter(Account::isActive).map(Actor::of);
    }

    public List<Account> list(Actor actor) {
        actor.require(Role.ADMIN);
        return accounts.all();
    }

    public Account create(Actor actor, AccountForm form) {
        actor.require(Role.ADMIN);
        String login = Account.normaliseLogin(form.login());
        if (accounts.findByLogin(login).isPresent()) {
            throw new BusinessRuleViolation("login", "登录名“" + login + "”已被使用");
        }
        PasswordPolicy.check(login, form.password());
        Account account = new Account(login, form.displayName(), form.password(), form.role(), unit(form.unitId()));
        account.requirePasswordChange();
        account.changeEmail(form.email());
        return accounts.store(account);
    }

    /**
     * Changes name, role, unit and e-mail address (blank removes it); a non-blank password in the form
     * also replaces the password.
     */
    public Account update(Actor actor, long accountId, AccountForm form) {
        actor.require(Role.ADMIN);
        Account a = accounts.find(accountId).orElseThrow(() -> new NotFound("账号不存在"));
        a.rename(form.displayName());
        a.assign(form.role(), unit(form.unitId()));
        a.changeEmail(form.email());
        if (form.password() != null && !form.password().isEmpty()) {
            PasswordPolicy.check(a.getLogin(), form.password());
            a.changePassword(form.password());
            a.requirePasswordChange();
        }
        return a;
    }

    /**
     * The signed-in person replaces their own password (修改密码): the current one must be right and
     * the new one must follow the {@link PasswordPolicy}; an initial password stops being one.
     */
    public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
        Account a = accounts.find(actor.accountId()).orElseThrow(() -> new NotFound("账号不存在"));
        if (!a.passwordMatches(currentPassword)) {
            throw new BusinessRuleViolation("currentPassword", "当前密码不正确");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new BusinessRuleViolation("password", "新密码不能与当前密码相同");
        }
        PasswordPolicy.check(a.getLogin(), newPassword);
        a.choosePassword(newPassword);
    }

    /** Whether the person must replace an initial password before anything else. */
    public boolean mustChangePassword(Actor actor) {
        return accounts.find(actor.accountId())
                .map(Account::isMustChangePassword)
                .orElse(false);
    }

    public void setActive(Actor actor, long accountId, boolean active) {
        actor.require(Role.ADMIN);
        Account a = accounts.find(accountId).orElseThrow(() -> new NotFound("账号不存在"));
        if (!active && a.getId() == actor.accountId()) {
            throw new BusinessRuleViolation("不能停用自己正在使用的账号");
        }
        if (active) {
            a.activate();
        } else {
            a.deactivate();
        }
    }

    /** 签发人: administrators name the editors who may sign off issues. */
    public void setSigner(Actor actor, long accountId, boolean signer) {
        actor.require(Role.ADMIN);
        accounts.find(accountId).orElseThrow(() -> new NotFound("账号不存在")).allowSignOff(signer);
    }

    private Unit unit(Long unitId) {
        if (unitId == null) {
            return null;
        }
        return units.find(unitId).orElseThrow(() -> new BusinessRuleViolation("unit", "所选单位不存在"));
    }

    /** What the account form submits; the e-mail address is optional (deadline reminders by mail). */
    public record AccountForm(String login, String displayName, String password, Role role, Long unitId, String email) {

        /** An account without an e-mail address. */
        public AccountForm(String login, String displayName, String password, Role role, Long unitId) {
            this(login, displayName, password, role, unitId, null);
        }
    }
}
