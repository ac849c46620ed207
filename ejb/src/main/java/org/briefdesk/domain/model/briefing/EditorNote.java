package org.briefdesk.domain.model.briefing;

import java.util.regex.Pattern;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * The rules for an issue's 编者按 (editor's note): optional plain text of at most {@link #MAX}
 * characters. It is printed as entered, so markup is refused rather than shown as tags.
 */
final class EditorNote {

    static final int MAX = 2000;
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");

    private EditorNote() {}

    /** The note as stored (null when blank), or a 编者按 message saying what is wrong. */
    static String checked(String editorNote) {
        String note = Text.optionalText(editorNote, "editorNote", "编者按", Integer.MAX_VALUE);
        if (note != null && note.length() > MAX) {
            throw new BusinessRuleViolation("editorNote", "编者按不能超过" + MAX + "个字");
        }
        if (note != null && MARKUP.matcher(note).find()) {
            throw new BusinessRuleViolation("editorNote", "编者按不能包含HTML标记");
        }
        return note;
    }
}
