package org.briefdesk.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingFontsTest {

    private static final Path KAI = Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc");

    @TempDir
    Path dir;

    @Test
    void aFontDirectoryWithoutChineseFontsFailsWithAMessageNamingTheDirectoryAndThePackage() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "没有字体");
        FontsUnavailable e = assertThrows(FontsUnavailable.class, () -> BriefingFonts.of(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("fonts-noto-cjk"), e.getMessage());
        assertTrue(e.getMessage().contains("briefdesk.fonts.dir"), e.getMessage());
    }

    @Test
    void aMissingFontDirectoryFailsTheSameWay() {
        Path missing = dir.resolve("不存在");
        FontsUnavailable e = assertThrows(FontsUnavailable.class, () -> BriefingFonts.of(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void theWriterReportsMissingFontsWhenExportingNotWhenCreated() {
        String previous = System.getProperty(BriefingFonts.DIR_PROPERTY);
        System.setProperty(BriefingFonts.DIR_PROPERTY, dir.toString());
        try {
            PdfBriefingWriter writer = new PdfBriefingWriter();
            assertThrows(FontsUnavailable.class, () -> writer.write(PrintedIssues.regular(1, 100)));
        } finally {
            restore(previous);
        }
    }

    @Test
    void oneChineseFontIsEnoughEveryRoleBorrowsIt() throws IOException {
        Files.copy(KAI, dir.resolve("ukai.ttc"));
        BriefingFonts fonts = BriefingFonts.of(dir);
        for (FontRole role : FontRole.values()) {
            assertTrue(
                    fonts.faces().get(role).startsWith("UKaiCN"),
                    role + ": " + fonts.faces().get(role));
        }
        byte[] pdf = new PdfBriefingWriter(fonts).write(PrintedIssues.regular(1, 200));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void theConfiguredDirectoryIsReadFromTheSystemPropertyAndLoadedOnce() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("truetype/arphic"));
        Files.copy(KAI, nested.resolve("ukai.ttc"));
        String previous = System.getProperty(BriefingFonts.DIR_PROPERTY);
        System.setProperty(BriefingFonts.DIR_PROPERTY, dir.toString());
        try {
            BriefingFonts fonts = BriefingFonts.configured();
            assertEquals(dir.toAbsolutePath().normalize(), fonts.directory());
            assertSame(fonts, BriefingFonts.configured());
        } finally {
            restore(previous);
        }
    }

    @Test
    void theDebianFontsAreMappedToTheOfficialRoles() {
        BriefingFonts fonts = BriefingFonts.of(Path.of(BriefingFonts.DEFAULT_DIR));
        List<FontRole> roles = List.of(FontRole.values());
        assertEquals(roles.size(), fonts.faces().size());
        assertTrue(fonts.faces().get(FontRole.TITLE).contains("Bold"), "小标宋 is a heavy face: " + fonts.faces());
        assertTrue(
                fonts.faces().get(FontRole.HEI).contains("Sans")
                        || fonts.faces().get(FontRole.HEI).contains("Hei"),
                "黑体 is a sans face: " + fonts.faces());
        assertTrue(fonts.faces().get(FontRole.KAI).contains("Kai"), "楷体 from fonts-arphic-ukai: " + fonts.faces());
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(BriefingFonts.DIR_PROPERTY);
        } else {
            System.setProperty(BriefingFonts.DIR_PROPERTY, previous);
        }
    }
}
