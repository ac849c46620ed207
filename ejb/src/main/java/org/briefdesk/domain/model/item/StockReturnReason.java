package org.briefdesk.domain.model.item;

/**
 * The reasons editors give most often when they return an item for revision (常用退回原因), so one
 * click names the usual fault; the editor may add or write their own.
 */
public enum StockReturnReason {
    MISSING_ELEMENTS("要素不全，请补充时间、地点、人物、事件和成效"),
    SEVERAL_EVENTS("一条信息写了几件事，请一事一报、分条报送"),
    TOO_LONG("篇幅过长，请精简到800字以内"),
    UNCLEAR_TITLE("标题不能概括主要内容，请修改标题"),
    NO_RESULTS("只有活动过程，请补充做法成效和具体数据");

    private final String label;

    StockReturnReason(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    /** The reason sent to the unit: the stock reason, the editor's own words, or both. */
    public static String compose(StockReturnReason stock, String written) {
        String own = written == null ? "" : written.strip();
        if (stock == null) {
            return own;
        }
        return own.isEmpty() ? stock.label : stock.label + "；" + own;
    }
}
