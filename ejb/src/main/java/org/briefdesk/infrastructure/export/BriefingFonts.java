package org.briefdesk.infrastructure.export;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefdesk.infrastructure.Settings;

/**
 * The free Chinese fonts the PDF embeds, one per {@link FontRole}, found in a font directory
 * (system property {@code briefdesk.fonts.dir}, else {@code BRIEFDESK_FONTS_DIR}, else
 * /usr/share/fonts). Faces are chosen by file name from Debian's packages, best first: Fandol,
 * then Noto CJK (fonts-noto-cjk), then AR PL (fonts-arphic-*), then WenQuanYi; a role with none
 * of its own borrows a related face, so one installed CJK font is enough to print.
 * Loading parses large font files, so each directory is loaded once and shared by all exports
 * (OpenPDF's fonts are read-only once loaded; each document subsets them on its own copy).
 */
public final class BriefingFonts {

    public static final String DIR_PROPERTY = "briefdesk.fonts.dir";
    public static final String DIR_ENV = "BRIEFDESK_FONTS_DIR";
    public static final String DEFAULT_DIR = "/usr/share/fonts";
    static final String DEBIAN_PACKAGES = "fonts-noto-cjk fonts-arphic-ukai";

    /** A font file and, inside a collection (.ttc), the face to take. */
    private record Face(String fileName, String faceName) {}

    private static final Map<FontRole, List<Face>> CANDIDATES = new EnumMap<>(FontRole.class);

    static {
        List<Face> song = List.of(
                new Face("FandolSong-Regular.otf", null),
                new Face("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular"),
                new Face("NotoSerifSC-Regular.otf", null),
                new Face("uming.ttc", "UMingCN"),
                new Face("gbsn00lp.ttf", null));
        CANDIDATES.put(
                FontRole.TITLE,
                List.of(
                        new Face("FandolSong-Bold.otf", null),
                        new Face("NotoSerifCJK-Bold.ttc", "NotoSerifCJKsc-Bold"),
                        new Face("NotoSerifSC-Bold.otf", null)));
        CANDIDATES.put(FontRole.SONG, song);
        CANDIDATES.put(
                FontRole.FANG,
                Stream.concat(Stream.of(new Face("FandolFang-Regular.otf", null)), song.stream())
                        .toList());
        CANDIDATES.put(
                FontRole.HEI,
                List.of(
                        new Face("FandolHei-Regular.otf", null),
                        new Face("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular"),
                        new Face("NotoSansSC-Regular.otf", null),
                        new Face("wqy-zenhei.ttc", "WenQuanYiZenHei"),
                        new Face("wqy-microhei.ttc", "WenQuanYiMicroHei")));
        CANDIDATES.put(
                FontRole.KAI,
                List.of(
                        new Face("FandolKai-Regular.otf", null),
                        new Face("ukai.ttc", "UKaiCN"),
                        new Face("gkai00mp.ttf", null)));
    }

    /** Where a role without a face of its own borrows one, nearest style first. */
    private static final Map<FontRole, List<FontRole>> BORROW = Map.of(
            FontRole.TITLE, List.of(FontRole.SONG, FontRole.HEI, FontRole.FANG, FontRole.KAI),
            FontRole.SONG, List.of(FontRole.FANG, FontRole.TITLE, FontRole.HEI, FontRole.KAI),
            FontRole.FANG, List.of(FontRole.SONG, FontRole.KAI, FontRole.TITLE, FontRole.HEI),
            FontRole.HEI, List.of(FontRole.TITLE, FontRole.SONG, FontRole.FANG, FontRole.KAI),
            FontRole.KAI, List.of(FontRole.FANG, FontRole.SONG, FontRole.HEI, FontRole.TITLE));

    private static final Map<Path, BriefingFonts> LOADED = new ConcurrentHashMap<>();

    private final Path directory;
    private final Map<FontRole, BaseFont> fonts; // never changed after loading
    private final Map<FontRole, String> descriptions;

    private BriefingFonts(Path directory, Map<FontRole, BaseFont> fonts, Map<FontRole, String> descriptions) {
        this.directory = directory;
        this.fonts = fonts;
        this.descriptions = descriptions;
    }

    /** The fonts of the configured directory, loaded on first use. */
    public static BriefingFonts configured() {
        return of(Path.of(Settings.get(DIR_PROPERTY, DIR_ENV, DEFAULT_DIR)));
    }

    /** The fonts of {@code directory}, loaded once; a failed lookup is retried on the next call. */
    public static BriefingFonts of(Path directory) {
        return LOADED.computeIfAbsent(directory.toAbsolutePath().normalize(), BriefingFonts::load);
    }

    BaseFont font(FontRole role) {
        return fonts.get(role);
    }

    /** Which face stands in for each role, e.g. 仿宋_GB2312 → NotoSerifCJKsc-Regular (NotoSerifCJK-Regular.ttc). */
    public Map<FontRole, String> faces() {
        return descriptions;
    }

    public Path directory() {
        return directory;
    }

    private static BriefingFonts load(Path dir) {
        Map<String, Path> files = fontFiles(dir);
        Map<String, BaseFont> opened = new HashMap<>();
        Map<FontRole, BaseFont> fonts = new EnumMap<>(FontRole.class);
        Map<FontRole, String> descriptions = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            for (Face face : CANDIDATES.get(role)) {
                Path file = files.get(face.fileName().toLowerCase(Locale.ROOT));
                BaseFont font = file == null ? null : open(file, face, opened);
                if (font != null) {
                    fonts.put(role, font);
                    descriptions.put(role, font.getPostscriptFontName() + " (" + file.getFileName() + ")");
                    break;
                }
            }
        }
        if (fonts.isEmpty()) {
            throw new FontsUnavailable("导出PDF需要中文字体，但在字体目录“" + dir + "”中没有找到可嵌入的中文字体。"
                    + "请安装 Debian 软件包 " + DEBIAN_PACKAGES + "（apt-get install " + DEBIAN_PACKAGES
                    + "），或用系统属性 " + DIR_PROPERTY + " / 环境变量 " + DIR_ENV + " 指定存放这些字体的目录。");
        }
        for (FontRole role : FontRole.values()) {
            if (!fonts.containsKey(role)) {
                FontRole lender = BORROW.get(role).stream()
                        .filter(fonts::containsKey)
                        .findFirst()
                        .orElseThrow();
                fonts.put(role, fonts.get(lender));
                descriptions.put(role, descriptions.get(lender));
            }
        }
        return new BriefingFonts(dir, fonts, Collections.unmodifiableMap(descriptions));
    }

    /** Font files by lower-case file name; the first in path order wins. */
    private static Map<String, Path> fontFiles(Path dir) {
        Map<String, Path> files = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir, 8, FileVisitOption.FOLLOW_LINKS)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".ttf") || name.endsWith(".ttc") || name.endsWith(".otf")) {
                    files.putIfAbsent(name, p);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // An unreadable corner of the font tree must not hide the fonts found elsewhere.
            return files;
        }
        return files;
    }

    /** Opens a face for embedding as a subset; null when the file cannot be used. */
    private static BaseFont open(Path file, Face face, Map<String, BaseFont> opened) {
        try {
            String spec = file.toString();
            if (face.faceName() != null) {
                String[] names = BaseFont.enumerateTTCNames(spec);
                int index = Arrays.asList(names).indexOf(face.faceName());
                if (index < 0) {
                    return null;
                }
                spec = spec + "," + index;
            }
            BaseFont font = opened.get(spec);
            if (font == null) {
                font = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, null, null);
                font.setSubset(true);
                opened.put(spec, font);
            }
            return font;
        } catch (Exception e) {
            // A damaged or unsupported file: the next candidate takes over.
            return null;
        }
    }
}
