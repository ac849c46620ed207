package org.briefdesk.application.access;

import java.util.Locale;
import java.util.Set;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The rules for a new password (密码规则), explained in Chinese: long enough, letters and digits, not
 * the login with digits around it and not a well-known weak password. Existing passwords (the demo
 * accounts') are not re-checked; only new ones must pass.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    public static final String EXPLANATION =
            "密码至少" + MIN_LENGTH + "位，须同时包含字母和数字，" + "不能是登录名加数字，也不能是 password1、演示密码等常见密码";

    /** Words that, with digits or symbols around them, make the passwords guessed first. */
    private static final Set<String> WEAK_WORDS = Set.of(
            "password",
            "passw0rd",
            "briefdesk",
            "admin",
            "qwerty",
            "qwertyuiop",
            "abc",
            "abcd",
            "abcdef",
            "iloveyou",
            "woaini",
            "welcome",
            "letmein",
            "test",
            "haidian",
            "editor",
            "leader",
            "officer",
            "root",
            "user",
            "qazwsx",
            "asdf",
            "asdfgh",
            "zxcvbnm",
            "aaa");

    private PasswordPolicy() {}

    public static void check(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw violation("密码太短");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        boolean letter = lower.chars().anyMatch(Character::isLetter);
        boolean digit = lower.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw violation("密码须同时包含字母和数字");
        }
        String core = lower.replaceAll("[^\\p{L}]", "");
        String normalisedLogin = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!normalisedLogin.isEmpty()
                && (lower.contains(normalisedLogin) || core.equals(normalisedLogin.replaceAll("[^\\p{L}]", "")))) {
            throw violation("密码不能包含登录名");
        }
        if (WEAK_WORDS.contains(core) || lower.chars().distinct().count() < 4) {
            throw violation("这是常见的弱密码");
        }
    }

    private static BusinessRuleViolation violation(String reason) {
        return new BusinessRuleViolation("password", reason + "。" + EXPLANATION);
    }
}
