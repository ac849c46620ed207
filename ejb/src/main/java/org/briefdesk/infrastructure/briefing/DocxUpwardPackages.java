package org.briefdesk.infrastructure.briefing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.upward.UpwardPackages;
import org.briefdesk.infrastructure.export.DocxBriefingWriter;
import org.briefdesk.infrastructure.export.EndBlock;
import org.briefdesk.infrastructure.export.PrintedEntry;
import org.briefdesk.infrastructure.export.PrintedIssue;
import org.briefdesk.infrastructure.export.PrintedSection;

/**
 * The upward package in the briefing's printed form (BRIEFING-FORMAT.md), written by the briefing's
 * own Word writer: the office's red header (信息报送, 第N期, issuing office and date), the cover list
 * 报送清单 as a table, then every item with its source units, and the 报 line naming the addressee.
 */
@ApplicationScoped
public class DocxUpwardPackages implements UpwardPackages {

    public static final String TITLE = "海淀区创建首都文明区信息报送";
    public static final String ISSUER = "海淀区创建首都文明区工作领导小组办公室";

    @Override
    public byte[] docx(UpwardPackage p) {
        return new DocxBriefingWriter().write(printed(p));
    }

    static PrintedIssue printed(UpwardPackage p) {
        List<List<String>> cover = new ArrayList<>();
        cover.add(List.of("序号", "标题", "报送单位", "报送日期"));
        for (int i = 0; i < p.items().size(); i++) {
            PackageItem item = p.items().get(i);
            cover.add(List.of(
                    String.valueOf(i + 1),
                    item.title(),
                    String.join("、", item.sourceUnits()),
                    item.submittedOn() == null
                            ? ""
                            : item.submittedOn().getMonthValue() + "月"
                                    + item.submittedOn().getDayOfMonth() + "日"));
        }
        PrintedEntry list = new PrintedEntry(
                "报送清单",
                "<p>" + p.addressee() + "：现报送我区创建首都文明区工作信息" + p.items().size() + "条，请审阅。</p>",
                List.of(),
                cover);
        List<PrintedEntry> entries = p.items().stream()
                .map(i -> new PrintedEntry(i.title(), i.bodyHtml(), i.sourceUnits()))
                .toList();
        return PrintedIssue.builder(
                        TITLE, p.number(), ISSUER, p.date(), new EndBlock(p.addressee(), null, null, null, 1))
                .sections(List.of(new PrintedSection(null, List.of(list)), new PrintedSection(null, entries)))
                .build();
    }
}
