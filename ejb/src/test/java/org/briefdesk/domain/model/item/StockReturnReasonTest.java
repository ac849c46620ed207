package org.briefdesk.domain.model.item;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockReturnReasonTest {

    @Test
    void theReasonIsTheStockOneTheWrittenOneOrBoth() {
        assertEquals("一条信息写了几件事，请一事一报、分条报送", StockReturnReason.compose(StockReturnReason.SEVERAL_EVENTS, "  "));
        assertEquals("请补充志愿者人数", StockReturnReason.compose(null, " 请补充志愿者人数 "));
        assertEquals(
                "要素不全，请补充时间、地点、人物、事件和成效；请补充志愿者人数",
                StockReturnReason.compose(StockReturnReason.MISSING_ELEMENTS, "请补充志愿者人数"));
        assertEquals("", StockReturnReason.compose(null, null));
    }
}
