package org.briefdesk.application.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.ImportRunRepository;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.BriefingTitle;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.IssueNumber;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/** Imports one line of past issues in a transaction of its own (see {@link PastIssueImportService}). */
@Stateless
public class PastIssueWriter {

    private static final Pattern DATE =
            Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

    @Inject
    BriefingRepository briefings;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    ImportRunRepository imported;

    @Inject
    ItemRepository items;

    @Inject
    AdoptionService adoptions;

    @Resource
    SessionContext session;

    /** A past issue as its line describes it. */
    private record Entry(String key, String column) {}

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IssueImportReport.Line importLine(Actor actor, long line, String text) {
        String label = "第" + line + "行";
        try {
            JsonObject o = object(text);
            BriefingTitle title = title(string(o, "title"));
            IssueKind kind = kind(string(o, "kind"));
            LocalDate date = date(string(o, "date"));
            int number = whole(o, "number");
            Integer total = kind.hasRunningTotal() ? whole(o, "total") : null;
            if (total != null && total < number) {
                throw new BusinessRuleViolation("total", "总期号（" + total + "）不能小于期号（" + number + "）");
            }
            IssueNumber issueNumber = new IssueNumber(kind, date.getYear(), number, total);
            label = title.getName() + " " + issueNumber.label();
            if (briefings.findIssue(title.getId(), kind, date.getYear(), number).isPresent()) {
                return new IssueImportReport.Line(line, label, false, "已存在（此前已导入或已编印），未重复导入");
            }
            BriefingIssue issue = new BriefingIssue(
                    title,
                    issueNumber,
                    date,
                    actor.displayName(),
                    date.atTime(9, 0).atZone(DistrictTime.ZONE).toInstant());
            List<Long> itemIds = new ArrayList<>();
            List<Entry> entries = entries(o);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                int position = i + 1;
                long itemId = imported.itemOfKey(ImportKey.given(e.key()))
                        .orElseThrow(() -> new BusinessRuleViolation(
                                "entries", "第" + position + "条信息（key “" + e.key() + "”）尚未导入，请先导入信息"));
                Item item = items.find(itemId).orElseThrow();
                item.printedInPastIssue();
                issue.add(item, column(e.column(), item), item.getUnit().getShortName());
                itemIds.add(itemId);
            }
            issue.publish(actor.displayName(), issue.getCreatedAt());
            briefings.store(issue);
            adoptions.recordBriefingPublication(actor, title.getName(), issue.getId(), date, itemIds);
            return new IssueImportReport.Line(line, label, true, null);
        } catch (BusinessRuleViolation e) {
            session.setRollbackOnly();
            return new IssueImportReport.Line(line, label, false, e.getMessage());
        }
    }

    private static JsonObject object(String text) {
        try {
            JsonValue v = Json.createReader(new StringReader(text)).readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BusinessRuleViolation("line", "该行不是JSON对象");
            }
            return v.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new BusinessRuleViolation("line", "该行不是有效的JSON");
        }
    }

    private static String string(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString().strip();
        }
        throw new BusinessRuleViolation(field, "缺少“" + field + "”，或它不是文字");
    }

    private static int whole(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 1 && n.longValue() <= 100_000) {
            return n.intValue();
        }
        throw new BusinessRuleViolation(field, "“" + field + "”须为正整数");
    }

    private BriefingTitle title(String name) {
        return briefings.titles().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("title", "简报“" + name + "”不存在，请先在简报设置中建立"));
    }

    private static IssueKind kind(String label) {
        for (IssueKind k : IssueKind.values()) {
            if (k.getLabel().equals(label) || k.name().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new BusinessRuleViolation("kind", "期刊类别“" + label + "”应为普刊、特刊、专刊或增刊");
    }

    private static LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (m.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        throw new BusinessRuleViolation("date", "出刊日期“" + text + "”无法识别（应如 2024-03-05）");
    }

    private static List<Entry> entries(JsonObject o) {
        JsonValue v = o.get("entries");
        if (v == null
                || v.getValueType() != JsonValue.ValueType.ARRAY
                || v.asJsonArray().isEmpty()) {
            throw new BusinessRuleViolation("entries", "缺少“entries”（本期各条信息的导入标识）");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonValue e : v.asJsonArray()) {
            if (e instanceof JsonString s) {
                out.add(new Entry(s.getString(), null));
            } else if (e instanceof JsonNumber n) {
                out.add(new Entry(n.toString(), null));
            } else if (e.getValueType() == JsonValue.ValueType.OBJECT
                    && e.asJsonObject().get("key") != null) {
                JsonObject entry = e.asJsonObject();
                JsonValue key = entry.get("key");
                String column = entry.get("column") instanceof JsonString c ? c.getString() : null;
                out.add(new Entry(key instanceof JsonString ks ? ks.getString() : key.toString(), column));
            } else {
                throw new BusinessRuleViolation("entries", "“entries”的每一项应为导入标识，或 {\"key\":…,\"column\":…}");
            }
        }
        return out;
    }

    /** The column the line names, else the item's own first column, else none. */
    private BriefingColumn column(String name, Item item) {
        if (name != null) {
            return columns.findByName(name.strip())
                    .orElseThrow(() -> new BusinessRuleViolation("column", "栏目“" + name + "”不存在"));
        }
        return item.getColumns().stream().findFirst().orElse(null);
    }
}
