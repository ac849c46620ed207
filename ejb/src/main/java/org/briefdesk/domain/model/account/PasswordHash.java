package org.briefdesk.domain.model.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * A stored password (口令摘要): PBKDF2-HMAC-SHA256 with a random salt, in the text form
 * {@code PBKDF2WithHmacSHA256:iterations:salt:hash} (the form Jakarta Security's Pbkdf2PasswordHash
 * also writes), so the iteration count can be raised later without invalidating stored hashes.
 */
public final class PasswordHash {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The salt of the hash an unknown login is checked against, so it costs what a real one does. */
    private static final byte[] DUMMY_SALT = new byte[SALT_BYTES];

    static {
        RANDOM.nextBytes(DUMMY_SALT);
    }

    private PasswordHash() {}

    /** Hashes a new password after checking the password rules. */
    public static String of(String password) {
        checkRules(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password.toCharArray(), salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    /** Constant-time check of a password against a stored hash; false for a malformed hash. */
    public static boolean matches(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), salt, iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Runs the same derivation as {@link #matches} for a login that does not exist, and answers false:
     * an unknown login must take as long as a wrong password, or logins could be found by timing.
     */
    public static boolean matchesNothing(String password) {
        derive((password == null ? "" : password).toCharArray(), DUMMY_SALT, ITERATIONS);
        return false;
    }

    static void checkRules(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleViolation("password", "密码至少" + MIN_LENGTH + "位");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleViolation("password", "密码不能超过" + MAX_LENGTH + "位");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            throw new BusinessRuleViolation("password", "密码须同时包含字母和数字");
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
        }
    }
}
