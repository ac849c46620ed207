package org.briefdesk.infrastructure.batch;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.Text;

/**
 * What becomes of one source record: the checks of the item form (title, body), the unit found by
 * name, the date from its field or else from the text, the column where known. Text from an archive
 * is cleaned rather than refused (its author cannot see invisible characters in the file); what
 * cannot be imported is skipped with the reason in Chinese.
 */
final class ArchiveRecordRules {

    /** Archived items are reported at nine in the morning of their date. */
    private static final int REPORTED_HOUR = 9;

    private final UnitDirectory directory;
    private final LocalDate today;

    ArchiveRecordRules(UnitDirectory directory, LocalDate today) {
        this.directory = directory;
        this.today = today;
    }

    ArchiveDecision decide(SourceRecord r) {
        if (r.problem() != null) {
            return ArchiveDecision.skipped(r.place(), null, r.title(), r.unit(), r.problem(), r.problemDetail());
        }
        String title = r.title() == null ? "" : Text.clean(r.title(), false).strip();
        RichText document;
        try {
            document = r.bodyHtml() == null ? null : RichText.ofHtml(r.bodyHtml());
        } catch (BusinessRuleViolation e) {
            return skip(r, null, title, SkipReason.INVALID, e.getMessage());
        }
        String body = document != null
                ? document.getText()
                : r.body() == null ? "" : Text.clean(r.body(), true).strip();
        String unitName = r.unit() == null ? "" : r.unit().strip();
        ImportKey key;
        try {
            key = r.key() != null ? ImportKey.given(r.key()) : ImportKey.ofContent(unitName, r.date(), title, body);
        } catch (BusinessRuleViolation e) {
            return skip(r, null, title, SkipReason.MALFORMED, e.getMessage());
        }
        if (title.isEmpty()) {
            return skip(r, key, title, SkipReason.MISSING, "缺少标题（title）");
        }
        if (body.isEmpty()) {
            return skip(r, key, title, SkipReason.MISSING, "缺少正文（body）");
        }
        if (unitName.isEmpty()) {
            return skip(r, key, title, SkipReason.MISSING, "缺少单位（unit）");
        }
        Optional<UnitDirectory.UnitRef> unit = directory.unit(unitName);
        if (unit.isEmpty()) {
            return skip(r, key, title, SkipReason.UNKNOWN_UNIT, "单位“" + unitName + "”与任何单位的名称或简称都不匹配");
        }
        if (!unit.get().reporting()) {
            return skip(r, key, title, SkipReason.UNKNOWN_UNIT, "“" + unitName + "”不是报送单位");
        }
        Optional<LocalDate> date;
        if (r.date() != null && !r.date().isBlank()) {
            date = ArchiveDates.parse(r.date());
            if (date.isEmpty()) {
                return skip(r, key, title, SkipReason.MALFORMED, "日期“" + r.date() + "”无法识别（应如 2024-03-05 或 2024年3月5日）");
            }
        } else {
            date = ArchiveDates.inText(body);
            if (date.isEmpty()) {
                return skip(r, key, title, SkipReason.MISSING, "缺少日期（date），正文中也没有“2024年3月5日”这样的日期");
            }
        }
        if (date.get().isAfter(today)) {
            return skip(r, key, title, SkipReason.INVALID, "日期" + date.get() + "晚于今天");
        }
        RichText text;
        try {
            Text.requireLine(title, "title", "标题", Item.TITLE_MAX);
            text = document != null ? document : RichText.ofPlainText(body);
        } catch (BusinessRuleViolation e) {
            return skip(r, key, title, SkipReason.INVALID, e.getMessage());
        }
        List<Long> columns = r.column() == null || r.column().isBlank()
                ? List.of()
                : directory.column(r.column()).map(List::of).orElse(List.of());
        ZonedDateTime reported = date.get().atTime(REPORTED_HOUR, 0).atZone(DistrictTime.ZONE);
        return ArchiveDecision.importable(
                r.place(),
                key,
                unitName,
                title,
                unit.get().id(),
                text,
                date.get(),
                columns,
                Boolean.TRUE.equals(r.adopted()),
                reported.toInstant());
    }

    private static ArchiveDecision skip(SourceRecord r, ImportKey key, String title, SkipReason why, String reason) {
        return ArchiveDecision.skipped(r.place(), key, title, r.unit(), why, reason);
    }
}
