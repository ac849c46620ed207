package org.briefdesk.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fold checked against OpenCC's own tables (the reference), character by character. */
class CharFoldingTest {

    private static Map<String, String[]> table(String file) throws IOException {
        Map<String, String[]> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CharFoldingTest.class.getResourceAsStream("/data/dictionary/" + file), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] kv = line.strip().split("\t");
                m.put(kv[0], kv[1].split(" "));
            }
        }
        return m;
    }

    private static boolean isHan(String s) {
        return s.length() == 1 && Character.UnicodeScript.of(s.charAt(0)) == Character.UnicodeScript.HAN;
    }

    @Test
    void noSimplifiedCharacterIsEverChanged() throws IOException {
        Set<String> simplified = new HashSet<>(table("STCharacters.txt").keySet());
        table("TSCharacters.txt").values().forEach(v -> simplified.addAll(Set.of(v)));
        int checked = 0;
        for (String s : simplified) {
            if (isHan(s)) {
                assertEquals(s, CharFolding.fold(s), "simplified character altered");
                checked++;
            }
        }
        assertTrue(checked > 2500, "only " + checked + " simplified characters checked");
    }

    @Test
    void everyOtherTraditionalCharacterFoldsAsOpenCcConvertsIt() throws IOException {
        Map<String, String[]> ts = table("TSCharacters.txt");
        Set<String> simplified = new HashSet<>(table("STCharacters.txt").keySet());
        ts.values().forEach(v -> simplified.addAll(Set.of(v)));
        int folded = 0;
        for (Map.Entry<String, String[]> e : ts.entrySet()) {
            if (isHan(e.getKey()) && !simplified.contains(e.getKey()) && e.getValue()[0].length() == 1) {
                assertEquals(e.getValue()[0], CharFolding.fold(e.getKey()), "traditional " + e.getKey());
                folded++;
            }
        }
        assertTrue(folded > 2500, "only " + folded + " traditional characters folded");
    }

    @Test
    void aHanCharacterThatOpenCcDoesNotConvertIsNeverChanged() throws IOException {
        Set<String> traditional = table("TSCharacters.txt").keySet();
        for (char c = 0x3400; c < 0xA000; c++) {
            String s = String.valueOf(c);
            if (isHan(s) && !traditional.contains(s) && c != '〇') {
                assertEquals(s, CharFolding.fold(s), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void charactersThatHanLpsTableAlteredStayAsWritten() {
        assertEquals("猛糊呱著乾於", CharFolding.fold("猛糊呱著乾於"));
        assertEquals("东城区接诉即办", CharFolding.fold("東城區接訴即辦"));
    }

    @Test
    void widthAndCaseFoldAsBefore() {
        assertEquals("abc1,2 x", CharFolding.fold("ＡＢＣ１，２\u3000X"));
    }

    @Test
    void aCircleBetweenChineseNumeralsIsZeroAndElsewhereStaysASymbol() {
        assertEquals("二〇〇一年", CharFolding.fold("二○○一年"));
        assertEquals("一〇八", CharFolding.fold("一◯八"));
        assertEquals("○ 要点", CharFolding.fold("○ 要点"));
    }
}
