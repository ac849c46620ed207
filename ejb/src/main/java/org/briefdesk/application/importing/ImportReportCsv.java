package org.briefdesk.application.importing;

/**
 * The downloadable summary of an import run (导入报告): the totals, the unit names that matched no
 * unit, then one row per source record.
 */
final class ImportReportCsv {

    private final StringBuilder out = new StringBuilder("\uFEFF");

    ImportReportCsv(ImportRunView run) {
        row("导入批次", String.valueOf(run.id()), run.sourceName());
        row("状态", run.statusLabel());
        row("记录总数", String.valueOf(run.total() == null ? run.done() : run.total()));
        row("已导入", String.valueOf(run.imported()));
        row("已跳过", String.valueOf(run.skipped()));
        row("发现重复", String.valueOf(run.duplicates()));
        if (!run.unmatchedUnits().isEmpty()) {
            row("不匹配的单位", String.join("、", run.unmatchedUnits()));
        }
        out.append("\r\n");
        row("序号", "位置", "导入标识", "标题", "单位", "结果", "原因", "信息编号", "重复于信息编号");
    }

    void add(ImportRecordView r) {
        row(
                String.valueOf(r.position()),
                r.source(),
                r.key(),
                r.title(),
                r.unit(),
                r.outcome().equals("IMPORTED") ? "已导入" : "已跳过",
                r.reason(),
                r.itemId() == null ? "" : r.itemId().toString(),
                r.duplicateOf() == null ? "" : r.duplicateOf().toString());
    }

    private void row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /**
     * Quoted when needed; a cell starting with = + - @ gets a leading apostrophe so a spreadsheet
     * never runs a title as a formula.
     */
    private static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
