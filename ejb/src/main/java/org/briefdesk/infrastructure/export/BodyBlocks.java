package org.briefdesk.infrastructure.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An entry's rich text as the paragraphs a printed briefing shows. Officers mark the levels of an
 * official text by their numbering rather than by HTML: a paragraph opening with 一、 is a first-level
 * heading (黑体), one opening with （一） a second-level heading (楷体); when such a paragraph goes on
 * after its first sentence, only that lead sentence takes the heading face. h2 and h3 map to the
 * same two levels; everything else is body text (仿宋).
 */
final class BodyBlocks {

    enum Level {
        BODY,
        HEADING_1,
        HEADING_2
    }

    /** A run of text; {@code heading} runs take the heading face of their block's level. */
    record Span(String text, boolean bold, boolean underline, boolean heading) {}

    record Block(Level level, List<Span> spans) {
        String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    private static final Pattern FIRST_LEVEL = Pattern.compile("^[一二三四五六七八九十]{1,3}、");
    private static final Pattern SECOND_LEVEL = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)]");
    /** A numbered paragraph without a full stop is a heading only while it is heading-sized. */
    private static final int MAX_HEADING_CHARS = 60;

    private final List<Block> blocks = new ArrayList<>();
    private List<Span> current = new ArrayList<>();
    private Level explicitLevel = Level.BODY;

    private BodyBlocks() {}

    static List<Block> parse(String html) {
        BodyBlocks parser = new BodyBlocks();
        if (html != null && !html.isBlank()) {
            parser.walk(Jsoup.parseBodyFragment(html).body(), false, false);
            parser.endBlock();
        }
        return parser.blocks;
    }

    private void walk(Node node, boolean bold, boolean underline) {
        int listNumber = 0;
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String text = BriefingText.clean(t.text()).replace('\u00A0', ' ');
                if (!text.isBlank() || !current.isEmpty()) {
                    current.add(new Span(text, bold, underline, false));
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                switch (tag) {
                    case "br" -> endBlock();
                    case "b", "strong" -> walk(e, true, underline);
                    case "u" -> walk(e, bold, true);
                    case "i", "em", "span" -> walk(e, bold, underline);
                    default -> {
                        endBlock();
                        explicitLevel = switch (tag) {
                            case "h1", "h2" -> Level.HEADING_1;
                            case "h3" -> Level.HEADING_2;
                            default -> Level.BODY;
                        };
                        if (tag.equals("li")
                                && node instanceof Element list
                                && list.normalName().equals("ol")) {
                            current.add(new Span(++listNumber + ". ", bold, underline, false));
                        }
                        walk(e, bold, underline);
                        endBlock();
                    }
                }
            }
        }
    }

    private void endBlock() {
        List<Span> spans = trimmed(current);
        current = new ArrayList<>();
        Level level = explicitLevel;
        explicitLevel = Level.BODY;
        if (spans.isEmpty()) {
            return;
        }
        if (level != Level.BODY) {
            blocks.add(new Block(
                    level, spans.stream().map(s -> withHeading(s, true)).toList()));
            return;
        }
        String text = new Block(level, spans).text();
        Level numbered = FIRST_LEVEL.matcher(text).find()
                ? Level.HEADING_1
                : SECOND_LEVEL.matcher(text).find() ? Level.HEADING_2 : Level.BODY;
        if (numbered == Level.BODY) {
            blocks.add(new Block(Level.BODY, spans));
            return;
        }
        int stop = text.indexOf('。');
        if (stop < 0 || stop == text.length() - 1) {
            if (text.length() <= MAX_HEADING_CHARS) {
                blocks.add(new Block(
                        numbered, spans.stream().map(s -> withHeading(s, true)).toList()));
            } else {
                blocks.add(new Block(Level.BODY, spans));
            }
            return;
        }
        blocks.add(new Block(numbered, leadSentenceMarked(spans, stop + 1)));
    }

    /** Marks the first {@code chars} characters as heading text, splitting the span they end in. */
    private static List<Span> leadSentenceMarked(List<Span> spans, int chars) {
        List<Span> out = new ArrayList<>();
        int left = chars;
        for (Span s : spans) {
            if (left <= 0) {
                out.add(s);
            } else if (s.text().length() <= left) {
                out.add(withHeading(s, true));
                left -= s.text().length();
            } else {
                out.add(new Span(s.text().substring(0, left), s.bold(), s.underline(), true));
                out.add(new Span(s.text().substring(left), s.bold(), s.underline(), false));
                left = 0;
            }
        }
        return out;
    }

    private static Span withHeading(Span s, boolean heading) {
        return new Span(s.text(), s.bold(), s.underline(), heading);
    }

    /** Drops the spaces (also the full-width ones typed for indentation) around a paragraph. */
    private static List<Span> trimmed(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty()) {
            Span first = out.get(0);
            String t = stripSpaces(first.text(), true);
            if (t.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Span(t, first.bold(), first.underline(), first.heading()));
                break;
            }
        }
        while (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            String t = stripSpaces(last.text(), false);
            if (t.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Span(t, last.bold(), last.underline(), last.heading()));
                break;
            }
        }
        return out;
    }

    private static String stripSpaces(String s, boolean leading) {
        int from = 0;
        int to = s.length();
        if (leading) {
            while (from < to && (Character.isWhitespace(s.charAt(from)) || s.charAt(from) == '\u3000')) {
                from++;
            }
        } else {
            while (to > from && (Character.isWhitespace(s.charAt(to - 1)) || s.charAt(to - 1) == '\u3000')) {
                to--;
            }
        }
        return s.substring(from, to);
    }
}
