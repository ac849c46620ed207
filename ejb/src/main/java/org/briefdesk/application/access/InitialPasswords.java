package org.briefdesk.application.access;

import java.security.SecureRandom;

/**
 * Initial passwords (初始密码) for accounts an administrator creates in bulk: 12 characters of letters
 * and digits without look-alikes (0/O, 1/l/I), always passing the {@link PasswordPolicy}. The holder
 * must replace it at the first sign-in.
 */
public final class InitialPasswords {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String ALL = LETTERS + DIGITS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {}

    public static String generate(String login) {
        while (true) {
            StringBuilder b = new StringBuilder(12);
            b.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
            b.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
            for (int i = 2; i < 12; i++) {
                b.append(ALL.charAt(RANDOM.nextInt(ALL.length())));
            }
            String candidate = b.toString();
            try {
                PasswordPolicy.check(login, candidate);
                return candidate;
            } catch (org.briefdesk.domain.shared.BusinessRuleViolation e) {
                // A random draw that happens to contain the login or repeat too few characters: draw again.
            }
        }
    }
}
