package org.briefdesk.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A person's account (账号): an information officer of a unit, an editor, a leader or an administrator.
 * The password is kept only as a {@link PasswordHash}.
 */
@Entity
@Table(name = "account")
public class Account implements Serializable {

    public static final int LOGIN_MAX = 32;
    public static final int DISPLAY_NAME_MAX = 30;
    public static final int EMAIL_MAX = 120;
    public static final int PHONE_MAX = 30;
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 ()（）+\\-转]{4,29}");
    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{2," + (LOGIN_MAX - 1) + "}");
    /** A plain mailbox address: local part, @, a domain with at least one dot; no names, no spaces. */
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = LOGIN_MAX)
    private String login;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(nullable = false)
    private boolean active = true;

    /** Set when an administrator chose the password: its holder must choose their own at the next sign-in. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Optional: where deadline reminders are mailed when the deployment has mail enabled. */
    @Column(length = EMAIL_MAX)
    private String email;

    /** Optional: the officer's telephone (联系电话), as the unit network's spreadsheet lists it. */
    @Column(length = PHONE_MAX)
    private String phone;

    /** 签发人: may sign off briefing issues, where a title requires it. Editors only. */
    @Column(name = "may_sign_off", nullable = false)
    private boolean signer;

    protected Account() {}

    public Account(String login, String displayName, String password, Role role, Unit unit) {
        this.login = normaliseLogin(login);
        rename(displayName);
        assign(role, unit);
        changePassword(password);
    }

    /** Logins are lower-case ASCII so they can be typed on any keyboard and in HTTP Basic. */
    public static String normaliseLogin(String login) {
        String v = login == null ? "" : login.strip().toLowerCase();
        if (!LOGIN.matcher(v).matches()) {
            throw new BusinessRuleViolation("login", "登录名须为3到" + LOGIN_MAX + "位小写字母、数字、点、下划线或连字符，并以字母开头");
        }
        return v;
    }

    public void rename(String displayName) {
        this.displayName = Text.requireLine(displayName, "displayName", "姓名", DISPLAY_NAME_MAX);
    }

    /** Officers belong to a reporting unit; others may name the office or no unit. */
    public void assign(Role role, Unit unit) {
        if (role == null) {
            throw new BusinessRuleViolation("role", "请选择角色");
        }
        if (role.requiresUnit() && (unit == null || unit.isOffice())) {
            throw new BusinessRuleViolation("unit", "信息员必须属于一个报送单位");
        }
        if (unit != null && !unit.isActive() && role.requiresUnit()) {
            throw new BusinessRuleViolation("unit", "单位“" + unit.getName() + "”已停用");
        }
        this.role = role;
        this.unit = unit;
        if (role != Role.EDITOR) {
            signer = false;
        }
    }

    /** 设为签发人 / 取消: signing happens at the editors' desk, so only an editor can be a signer. */
    public void allowSignOff(boolean allowed) {
        if (allowed && role != Role.EDITOR) {
            throw new BusinessRuleViolation("signer", "只有编辑账号可以设为签发人");
        }
        this.signer = allowed;
    }

    public boolean isSigner() {
        return signer;
    }

    public void changePassword(String password) {
        this.passwordHash = PasswordHash.of(password);
    }

    /** The password was chosen by someone else (an administrator's initial or reset password): to be replaced. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The holder chose this password: the initial one no longer needs replacing. */
    public void choosePassword(String password) {
        changePassword(password);
        mustChangePassword = false;
    }

    /** The hash runs for a disabled account too, so a sign-in's time does not tell whether it is active. */
    public boolean passwordMatches(String password) {
        boolean matches = PasswordHash.matches(password, passwordHash);
        return active && matches;
    }

    /** Sets or (with a blank value) removes the e-mail address. */
    public void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    /** The address as stored (null when blank); a malformed one is refused in Chinese. */
    public static String normaliseEmail(String email) {
        String v = email == null ? "" : email.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > EMAIL_MAX || !EMAIL.matcher(v).matches()) {
            throw new BusinessRuleViolation("email", "电子邮箱格式不正确");
        }
        return v;
    }

    /** Sets or (with a blank value) removes the telephone number. */
    public void changePhone(String phone) {
        this.phone = normalisePhone(phone);
    }

    /** A telephone number as offices write it (010-82345678, 13800138000, 转 extensions); null when blank. */
    public static String normalisePhone(String phone) {
        String v = phone == null ? "" : phone.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > PHONE_MAX || !PHONE.matcher(v).matches()) {
            throw new BusinessRuleViolation("phone", "电话号码格式不正确（如 010-82345678 或 13800138000）");
        }
        return v;
    }

    public String getPhone() {
        return phone;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Unit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getEmail() {
        return email;
    }
}
