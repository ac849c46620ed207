package org.briefdesk.search;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.analysis.TestAnalysis;
import org.briefdesk.search.document.ItemDocument;

/** Realistic items for tests, in the register of district information reports. */
public final class Items {
    private Items() {}

    public static ItemIndex memoryIndex(long refreshMillis) throws java.io.IOException {
        return ItemIndex.open(new ByteBuffersDirectory(), config(refreshMillis));
    }

    /** Indexes {@link #ALL} as changes 1, 2, …; returns the last change number, for commit or what follows. */
    public static long indexAll(ItemIndex index) throws java.io.IOException {
        long seq = 0;
        for (ItemDocument d : ALL) {
            index.index(d, ++seq);
        }
        return seq;
    }

    public static IndexConfig config(long refreshMillis) {
        return IndexConfig.defaults(TestAnalysis.SEGMENTER, TestAnalysis.lexicon())
                .withRefreshMillis(refreshMillis);
    }

    public static final ItemDocument GARBAGE = ItemDocument.builder("101")
            .title("学院路街道扎实推进垃圾分类工作")
            .body("为深入推进首都文明区创建工作，5月12日，学院路街道在北洼路社区开展垃圾分类桶前值守活动。\n"
                    + "社区组织３０名志愿者在12个垃圾分类驿站开展桶前值守，指导居民正确投放厨余垃圾；"
                    + "现场发放《生活垃圾分类指导手册》500余份。\n下一步，街道将持续巩固创城成果。")
            .unit("学院路街道")
            .unitKind("街乡镇")
            .columns(List.of("工作动态"))
            .status("ACCEPTED")
            .mustReportKind("特色做法")
            .urgent(false)
            .date(LocalDate.of(2024, 5, 12))
            .build();

    public static final ItemDocument TRAFFIC = ItemDocument.builder("102")
            .title("中关村街道开展文明交通引导志愿服务")
            .body("5月20日，中关村街道在中关村大街与成府路交叉口设置文明引导岗，40名志愿者引导行人遵守交通信号，" + "劝阻闯红灯等不文明行为120余起。活动期间，路口行人闯红灯现象明显下降。")
            .unit("中关村街道")
            .unitKind("街乡镇")
            .columns(List.of("工作动态", "典型案例"))
            .status("SUBMITTED")
            .urgent(true)
            .date(LocalDate.of(2024, 5, 20))
            .build();

    public static final ItemDocument HOTLINE = ItemDocument.builder("103")
            .title("区城管委推进接诉即办“每月一题”")
            .body("区城管委围绕群众反映集中的背街小巷停车难问题，召开“吹哨报到”协调会，推动接诉即办向未诉先办转变。" + "本月共受理诉求356件，解决率96%。東城區相关经验也值得借鉴。")
            .unit("区城管委")
            .unitKind("部门")
            .columns(List.of("经验交流"))
            .status("ACCEPTED")
            .mustReportKind("问题建议")
            .date(LocalDate.of(2024, 6, 3))
            .build();

    public static final ItemDocument CAMPAIGN = ItemDocument.builder("104")
            .title("海淀街道巩固创建文明城区成果")
            .body("海淀街道召开创建文明城区推进会，部署背街小巷环境整治、文明养犬等重点任务，" + "要求各社区对照测评体系查找短板。")
            .unit("海淀街道")
            .unitKind("街乡镇")
            .columns(List.of("工作动态"))
            .status("SUBMITTED")
            .date(LocalDate.of(2024, 6, 10))
            .build();

    public static final List<ItemDocument> ALL = List.of(GARBAGE, TRAFFIC, HOTLINE, CAMPAIGN);
}
