package org.briefdesk.domain.model.lexicon;

import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * The rule for a word of the dictionary (词条): one line of 2 to {@link #MAX} Han characters. The
 * tokenizer matches local words inside runs of Han characters only, so a word with letters, digits,
 * spaces or punctuation would never match; a single character would cut every word it starts.
 */
public final class LexiconWord {
    public static final int MAX = 20;

    private LexiconWord() {}

    public static String require(String value, String field, String label) {
        String w = Text.requireLine(value, field, label, MAX);
        if (w.codePointCount(0, w.length()) < 2) {
            throw new BusinessRuleViolation(field, label + "“" + w + "”至少要有两个字");
        }
        if (!w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            throw new BusinessRuleViolation(field, label + "“" + w + "”只能由汉字组成（分词器只在汉字串中匹配本地词条）");
        }
        return w;
    }
}
