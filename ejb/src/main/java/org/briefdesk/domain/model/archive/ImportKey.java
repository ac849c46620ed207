package org.briefdesk.domain.model.archive;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The import key of a source record (导入标识): the key the source gives it, else the SHA-256 of its
 * content. Stored with a unique constraint, it is why the same record is never imported twice. The
 * prefixes keep a given key from ever equalling a content hash.
 */
public record ImportKey(String value) {

    public static final int MAX = 100;
    private static final String GIVEN = "key:";
    private static final String HASHED = "sha256:";

    public ImportKey {
        if (value == null || value.isBlank() || value.length() > MAX) {
            throw new IllegalArgumentException("import key must be 1–" + MAX + " characters");
        }
    }

    /** The source's own key, as given (trimmed). */
    public static ImportKey given(String key) {
        String k = key.strip();
        if (k.isEmpty() || k.length() > MAX - GIVEN.length()) {
            throw new BusinessRuleViolation("key", "导入标识（key）须为1至" + (MAX - GIVEN.length()) + "个字符");
        }
        return new ImportKey(GIVEN + k);
    }

    /**
     * The hash of what makes the record what it is: unit, date, title and body. White space is
     * ignored, so a file saved again with other line endings is still the same record.
     */
    public static ImportKey ofContent(String unit, String date, String title, String body) {
        String canonical = String.join("\u0000", blankless(unit), blankless(date), blankless(title), blankless(body));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return new ImportKey(HASHED + HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankless(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }

    /** The key as the report shows it: the given key, or the hash's first 12 digits. */
    public String display() {
        return value.startsWith(GIVEN)
                ? value.substring(GIVEN.length())
                : "内容摘要 " + value.substring(HASHED.length(), HASHED.length() + 12);
    }
}
