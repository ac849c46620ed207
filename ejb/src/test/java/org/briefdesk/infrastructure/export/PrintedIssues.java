package org.briefdesk.infrastructure.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds printed issues with realistic district briefing text for the export tests and the benchmark. */
final class PrintedIssues {

    static final String BRIEFING = "海淀区创建首都文明区简报";
    static final String ISSUING_UNIT = "海淀区创建首都文明区工作领导小组办公室";

    private static final String[] UNITS = {
        "海淀街道", "学院路街道", "中关村街道", "清河街道", "万寿路街道", "羊坊店街道", "四季青镇", "温泉镇", "区城管委", "区卫生健康委", "区教委", "区文化和旅游局"
    };

    private static final String[] TOPICS = {
        "垃圾分类", "背街小巷环境整治", "文明养犬", "志愿服务", "接诉即办", "老旧小区综合整治", "文明交通引导", "社区邻里节", "无障碍环境建设", "公益广告宣传"
    };

    private static final String[] SENTENCES = {
        "街道坚持党建引领，把{t}工作纳入年度重点任务，成立由主要领导任组长的工作专班，每周召开调度会研究解决难点问题。",
        "各社区结合实际制定任务清单，明确责任人和完成时限，做到底数清、情况明、措施实。",
        "依托“小巷管家”和楼门院长队伍，开展入户宣传{n}余次，发放宣传材料{m}余份，居民知晓率明显提升。",
        "针对群众反映集中的问题，街道会同区城管委、区市场监管局等部门开展联合检查，现场整改问题{n}处。",
        "组织辖区单位、学校和物业企业签订共建协议，推动形成政府主导、部门协同、社会参与的工作格局。",
        "在重点点位设置文明引导岗，安排志愿者每日早晚高峰开展劝导，累计服务时长超过{m}小时。",
        "充分利用“海淀文明”微信公众号和社区宣传栏，持续宣传先进典型，营造人人参与{t}的良好氛围。",
        "建立“周检查、月考核、季通报”工作机制，将考核结果与社区年度评优挂钩，压实各方责任。",
        "下一步，街道将进一步巩固工作成果，健全长效管理机制，推动{t}工作常态化、制度化。",
        "截至目前，辖区{n}个社区已全部完成阶段性任务，群众满意度达到{p}%，较去年同期提高{q}个百分点。"
    };

    private PrintedIssues() {}

    /** A regular issue (普刊) of {@code entries} entries of about {@code charsPerEntry} characters each. */
    static PrintedIssue regular(int entries, int charsPerEntry) {
        String[] columns = {"工作动态", "典型案例", "经验交流", "问题与建议"};
        List<PrintedSection> sections = new ArrayList<>();
        int perColumn = (entries + columns.length - 1) / columns.length;
        int made = 0;
        for (String column : columns) {
            List<PrintedEntry> list = new ArrayList<>();
            for (int i = 0; i < perColumn && made < entries; i++, made++) {
                list.add(entry(made, charsPerEntry));
            }
            sections.add(new PrintedSection(column, list));
        }
        return issue(
                null,
                48,
                356,
                "<p>近期，各街道、各部门认真落实区创建工作部署，扎实推进各项重点任务。" + "现将有关工作情况予以刊发，供各单位学习借鉴。</p>",
                sections,
                endBlock());
    }

    /** Entry {@code index}: headline 学院路街道扎实推进垃圾分类工作 and paragraphs with numbered headings. */
    static PrintedEntry entry(int index, int chars) {
        return new PrintedEntry(headline(index), body(index, chars), List.of(UNITS[index % UNITS.length]), List.of());
    }

    static String headline(int index) {
        return UNITS[index % UNITS.length] + "扎实推进" + TOPICS[index % TOPICS.length] + "工作（第" + (index + 1) + "条）";
    }

    static String body(int index, int chars) {
        String topic = TOPICS[index % TOPICS.length];
        StringBuilder html = new StringBuilder(
                "<p>今年以来，" + UNITS[index % UNITS.length] + "围绕" + topic + "工作目标，聚焦重点难点，创新工作方法，取得阶段性成效。</p>");
        String[] headings = {"一、加强组织领导，压实工作责任。", "二、强化宣传发动，凝聚工作合力。", "三、坚持问题导向，狠抓整改落实。"};
        int sentence = index;
        int length = 0;
        for (int h = 0; length < chars; h++) {
            StringBuilder p = new StringBuilder();
            if (h < headings.length) {
                p.append(headings[h]);
            }
            for (int s = 0; s < 3 && length + p.length() < chars; s++, sentence++) {
                p.append(SENTENCES[sentence % SENTENCES.length]
                        .replace("{t}", topic)
                        .replace("{n}", String.valueOf(12 + sentence % 80))
                        .replace("{m}", String.valueOf(1200 + sentence * 37))
                        .replace("{p}", String.valueOf(90 + sentence % 9))
                        .replace("{q}", String.valueOf(2 + sentence % 5)));
            }
            html.append("<p>").append(p).append("</p>");
            length += p.length();
        }
        return html.toString();
    }

    static PrintedIssue issue(
            String kindLabel, int number, Integer total, String note, List<PrintedSection> sections, EndBlock end) {
        return PrintedIssue.builder(BRIEFING, number, ISSUING_UNIT, LocalDate.of(2026, 11, 27), end)
                .kindLabel(kindLabel)
                .totalNumber(total)
                .editorNoteHtml(note)
                .sections(sections)
                .build();
    }

    static EndBlock endBlock() {
        return new EndBlock("区委、区人大、区政府、区政协领导", "区创建办各成员单位", "各工委、各部门、各街道、乡镇", null, 80);
    }
}
