package org.briefdesk.search.analysis;

/** One segmenter per test JVM: loading HanLP costs about a second. */
public final class TestAnalysis {
    public static final HanLPSegmenter SEGMENTER = new HanLPSegmenter();

    private TestAnalysis() {}

    public static Lexicon lexicon() {
        Lexicon l = new Lexicon();
        l.replace(
                java.util.List.of("接诉即办", "文明区创建", "学院路街道", "海淀区城管委"),
                java.util.List.of(java.util.List.of("创城", "创建文明城区")));
        return l;
    }
}
