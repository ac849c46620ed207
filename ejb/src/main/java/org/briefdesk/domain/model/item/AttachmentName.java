package org.briefdesk.domain.model.item;

import java.util.regex.Pattern;

/**
 * A file name as it may be stored and shown: the browser's path is dropped, and control,
 * invisible-formatting and HTML-significant characters are removed, so a name can neither break a
 * page nor disguise its extension (e.g. with a right-to-left override).
 */
public final class AttachmentName {

    public static final int MAX = 200;

    private static final Pattern REMOVED = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}<>&\"'`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AttachmentName() {}

    /** The clean name; "附件" stands in for a missing name before the extension. */
    public static String clean(String raw, AttachmentKind kind) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = REMOVED.matcher(name).replaceAll("");
        name = SPACES.matcher(name).replaceAll(" ").strip();
        if (name.isEmpty()) {
            name = "附件." + kind.defaultExtension();
        } else if (name.startsWith(".")) {
            name = "附件" + name;
        }
        return shorten(name);
    }

    /** Cuts the part before the extension so the extension survives. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - ext.length());
        int keep = MAX - ext.codePointCount(0, ext.length());
        return base.substring(0, base.offsetByCodePoints(0, keep)) + ext;
    }
}
