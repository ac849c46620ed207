package org.briefdesk.domain.model.item;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/** What an officer types into the item form; {@link Item} checks it. */
public record ItemContent(
        String title, String bodyHtml, LocalDate eventDate, MustReportKind mustReport, boolean urgent, String contact) {

    /**
     * Every rule this content breaks, all at once (the same rules {@link Item} applies one by one), so
     * the form can show every problem together instead of one per click.
     */
    public List<BusinessRuleViolation> problems() {
        List<BusinessRuleViolation> found = new ArrayList<>();
        int titleLength = title == null
                ? 0
                : title.strip().codePointCount(0, title.strip().length());
        if (titleLength > Item.TITLE_MAX) {
            // Said with the count, so the officer knows how much to cut; nothing is cut for them.
            found.add(new BusinessRuleViolation(
                    "title",
                    "标题有" + titleLength + "个字，超过" + Item.TITLE_MAX + "字的上限，请删减" + (titleLength - Item.TITLE_MAX)
                            + "个字"));
        } else {
            check(found, () -> Text.requireLine(title, "title", "标题", Item.TITLE_MAX));
        }
        check(found, () -> RichText.ofHtml(bodyHtml));
        check(found, () -> Text.optionalLine(contact, "contact", "联系方式", Item.CONTACT_MAX));
        return found;
    }

    private static void check(List<BusinessRuleViolation> found, Runnable rule) {
        try {
            rule.run();
        } catch (BusinessRuleViolation e) {
            found.add(e);
        }
    }
}
