package org.briefdesk.search.tools.corpus;

import java.util.List;
import java.util.Random;

/** Rewording used for "another unit's report of the same event": same facts, other words. */
final class Paraphrase {
    private Paraphrase() {}

    private static final List<String[]> PAIRS = List.of(
            new String[] {"开展", "组织开展"},
            new String[] {"组织", "动员"},
            new String[] {"居民", "群众"},
            new String[] {"志愿者", "志愿服务人员"},
            new String[] {"现场", "当场"},
            new String[] {"提升", "提高"},
            new String[] {"发放", "分发"},
            new String[] {"检查", "督查"},
            new String[] {"问题", "短板"},
            new String[] {"推进", "推动"},
            new String[] {"辖区", "属地"},
            new String[] {"参加", "参与"},
            new String[] {"进行", "实施"},
            new String[] {"重点", "关键"},
            new String[] {"针对", "围绕"},
            new String[] {"工作", "任务"},
            new String[] {"活动", "行动"},
            new String[] {"余", "多"},
            new String[] {"表示", "指出"},
            new String[] {"要求", "强调"},
            new String[] {"对", "就"},
            new String[] {"新增", "增设"},
            new String[] {"设置", "设立"},
            new String[] {"通过", "借助"},
            new String[] {"社区", "社区内"},
            new String[] {"群众", "老百姓"},
            new String[] {"单位", "部门"},
            new String[] {"共", "一共"},
            new String[] {"开展", "举办"},
            new String[] {"引导", "劝导"},
            new String[] {"情况", "状况"},
            new String[] {"问题", "难题"},
            new String[] {"名", "位"});

    static String apply(String s, Random r) {
        String out = s;
        for (String[] p : PAIRS) {
            if (r.nextInt(10) < 9) {
                out = out.replace(p[0], p[1]);
            }
        }
        // reorder the clauses of a sentence: same facts, different sentence shape
        String[] clauses = out.split("，");
        if (clauses.length > 1 && r.nextBoolean()) {
            StringBuilder sb = new StringBuilder();
            for (int i = clauses.length - 1; i >= 0; i--) {
                if (sb.length() > 0) sb.append("，");
                sb.append(clauses[i]);
            }
            out = sb.toString();
        }
        return out;
    }
}
