package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * An item's body (正文): the sanitised HTML the officer wrote (paragraphs, bold, headings, lists)
 * and its plain text, which search and duplicate detection read. Anything a browser could execute
 * is removed on the way in, so every page can show the HTML as it is.
 */
@Embeddable
public class RichText implements Serializable {

    public static final int MAX_CHARS = 50_000;

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "h2", "h3", "h4", "ul", "ol", "li", "blockquote");

    @Column(name = "body_html", nullable = false)
    private String html;

    @Column(name = "body_text", nullable = false)
    private String text;

    protected RichText() {}

    private RichText(String html, String text) {
        this.html = html;
        this.text = text;
    }

    /** Sanitises user HTML; plain text without tags becomes one paragraph per line. */
    public static RichText ofHtml(String input) {
        String raw = input == null ? "" : input;
        if (!raw.isBlank()) {
            Text.requireCleanCharacters(raw, "body", "正文", true);
        }
        if (!raw.contains("<")) {
            return ofPlainText(raw);
        }
        String clean = Jsoup.clean(raw, ALLOWED);
        return checked(clean, plainTextOf(clean));
    }

    /**
     * Only what this class would keep of submitted HTML, without the checks (a form re-shows it after
     * a failed submit): the rich-text editors clean their input with this before anything else sees it.
     */
    public static String clean(String html) {
        return html == null || !html.contains("<") ? html : Jsoup.clean(html, ALLOWED);
    }

    /** Plain text, one paragraph per non-blank line. */
    public static RichText ofPlainText(String input) {
        String raw = input == null ? "" : input.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder html = new StringBuilder();
        StringBuilder text = new StringBuilder();
        for (String line : raw.split("\n")) {
            String p = line.strip();
            if (p.isEmpty()) {
                continue;
            }
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>");
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(p);
        }
        return checked(html.toString(), text.toString());
    }

    private static RichText checked(String html, String text) {
        if (text.isBlank()) {
            throw new BusinessRuleViolation("body", "正文不能为空");
        }
        Text.requireCleanCharacters(text, "body", "正文", true);
        if (text.length() > MAX_CHARS) {
            throw new BusinessRuleViolation("body", "正文不能超过" + MAX_CHARS + "字");
        }
        return new RichText(html, text);
    }

    /** Block elements become line breaks so the plain text keeps the paragraphs. */
    private static String plainTextOf(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder();
        appendText(doc.body(), out);
        return out.toString()
                .replaceAll("[ \\t\\x0B\\f]+\\n", "\n")
                .replaceAll("\\n{2,}", "\n")
                .strip();
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.text());
            } else if (child instanceof Element e) {
                boolean block = e.isBlock() || e.normalName().equals("br");
                if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                appendText(e, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }

    public String getHtml() {
        return html;
    }

    public String getText() {
        return text;
    }

    public int length() {
        return text.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RichText r && html.equals(r.html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }
}
