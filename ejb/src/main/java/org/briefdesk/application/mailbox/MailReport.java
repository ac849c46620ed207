package org.briefdesk.application.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.application.item.IncomingFile;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * How a mail becomes an item's content: the subject is the title (without 回复/转发/Re/Fwd), and an
 * attached Word (.docx) or PDF document is the body, because officers write a cover note
 * (“请查收”) and attach the report; without one the mail's text is the body. The other files are
 * kept as attachments under the upload rules.
 */
final class MailReport {

    private static final Pattern REPLY_PREFIX =
            Pattern.compile("^\\s*(?:(?:re|fw|fwd|aw|回复|答复|转发)\\s*[:：]\\s*)+", Pattern.CASE_INSENSITIVE);

    private MailReport() {}

    record Draft(ItemContent content, List<IncomingFile> files) {}

    static Draft of(ReceivedMail mail, DocumentReader documents) {
        List<IncomingFile> files = new ArrayList<>(mail.files());
        String bodyHtml = null;
        String documentTitle = null;
        for (IncomingFile f : mail.files()) {
            if (isDocument(f.name())) {
                try {
                    ImportedText read = documents.read(f.bytes());
                    bodyHtml = read.bodyHtml();
                    documentTitle = read.title();
                    files.remove(f);
                    break;
                } catch (BusinessRuleViolation unreadable) {
                    // Kept as an attachment: the upload rules then name what is wrong with it.
                }
            }
        }
        if (bodyHtml == null || bodyHtml.isBlank()) {
            if (mail.text() == null || mail.text().isBlank()) {
                throw new BusinessRuleViolation("body", "邮件没有正文，也没有可读取的Word或PDF附件");
            }
            bodyHtml = RichText.ofPlainText(mail.text()).getHtml();
        }
        String title = title(mail.subject());
        if (title.isEmpty() && documentTitle != null) {
            title = documentTitle.strip();
        }
        if (title.isEmpty()) {
            throw new BusinessRuleViolation("title", "邮件没有主题，无法作为信息标题");
        }
        return new Draft(new ItemContent(shorten(title), bodyHtml, null, null, false, null), files);
    }

    /** The subject without reply and forward prefixes, on one line. */
    static String title(String subject) {
        if (subject == null) {
            return "";
        }
        String s = subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        return REPLY_PREFIX.matcher(s).replaceFirst("").strip();
    }

    private static String shorten(String title) {
        if (title.codePointCount(0, title.length()) <= Item.TITLE_MAX) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, Item.TITLE_MAX - 1)) + "…";
    }

    private static boolean isDocument(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return n.endsWith(".docx") || n.endsWith(".pdf");
    }
}
