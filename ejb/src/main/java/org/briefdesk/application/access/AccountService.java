package org.briefdesk.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.SecurityEvent;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * The administration of accounts (账号管理); new passwords follow the {@link PasswordPolicy}. Every
 * change that decides who may do what (a new account, a role, a password, disabling) goes into the
 * security log.
 */
@Stateless
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    @Inject
    SecurityLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The actor behind an already authenticated login. */
    public Optional<Actor> actor(String login) {
        return accounts.findByLogin(login).filter(Account::isActive).map(Actor::of);
    }

    public List<AccountView> list(Actor actor) {
        actor.require(Role.ADMIN);
        return accounts.all().stream().map(AccountView::of).toList();
    }

    public AccountView create(Actor actor, AccountForm form) {
        actor.require(Role.ADMIN);
        String login = Account.normaliseLogin(form.login());
        if (accounts.findByLogin(login).isPresent()) {
            throw new BusinessRuleViolation("login", "登录名“" + login + "”已被使用");
        }
        PasswordPolicy.check(login, form.password());
        Account account = new Account(login, form.displayName(), form.password(), form.role(), unit(form.unitId()));
        account.requirePasswordChange();
        account.changeEmail(form.email());
        log(
                SecurityEventKind.ACCOUNT_CREATED,
                login,
                actor.login() + "新增账号，角色：" + form.role().getLabel());
        return AccountView.of(accounts.store(account));
    }

    /**
     * Changes name, role, unit and e-mail address (blank removes it); a non-blank password in the form
     * also replaces the password.
     */
    public AccountView update(Actor actor, long accountId, AccountForm form) {
        actor.require(Role.ADMIN);
        Account a = accounts.find(accountId).orElseThrow(() -> new NotFound("账号不存在"));
        a.rename(form.displayName());
        Role before = a.getRole();
        a.assign(form.role(), unit(form.unitId()));
        if (before != a.getRole()) {
            log(
                    SecurityEventKind.ROLE_CHANGED,
                    a.getLogin(),
                    actor.login() + "将角色由“" + before.getLabel() + "”改为“"
                            + a.getRole().getLabel() + "”");
        }
        a.changeEmail(form.email());
        if (form.password() != null && !form.password().isEmpty()) {
            PasswordPolicy.check(a.getLogin(), form.password());
            a.changePassword(form.password());
            a.requirePasswordChange();
            log(SecurityEventKind.PASSWORD_RESET, a.getLogin(), actor.login() + "重设初始密码");
        }
        return AccountView.of(a);
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
        log(SecurityEventKind.PASSWORD_CHANGED, a.getLogin(), "本人修改密码");
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
        if (active == a.isActive()) {
            return;
        }
        if (active) {
            a.activate();
        } else {
            a.deactivate();
        }
        log(
                active ? SecurityEventKind.ACCOUNT_ENABLED : SecurityEventKind.ACCOUNT_DISABLED,
                a.getLogin(),
                actor.login() + (active ? "启用账号" : "停用账号"));
    }

    private void log(SecurityEventKind kind, String login, String detail) {
        audit.store(new SecurityEvent(kind, login, null, detail, clock.instant()));
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
