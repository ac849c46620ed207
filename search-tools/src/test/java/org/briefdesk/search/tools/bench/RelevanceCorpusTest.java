package org.briefdesk.search.tools.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void anHtmlPageIsItsTitleAndVisibleTextWithoutNavigation() {
        String html = "<html><head><title>6.3. The apt-cache 命令</title></head><body>"
                + "<ul class=\"docnav top\"><li><a href=\"a.html\"><strong>上一页</strong></a></li></ul>"
                + "<div class=\"para\"><code>apt-cache</code> 命令可显示 APT 内部数据库里的多种信息&amp;缓存。</div>"
                + "<script>var x = 1;</script><p>1.\u00a0减少延迟</p>"
                + "<ul class=\"docnav\"><li><strong>下一页</strong>6.4. apt-file 命令</li></ul></body></html>";
        assertArrayEquals(
                new String[] {"6.3. The apt-cache 命令", "apt-cache 命令可显示 APT 内部数据库里的多种信息&缓存。\n1. 减少延迟\n"},
                RelevanceCorpus.htmlPage(html));
    }

    @Test
    void withoutColophonTheTranslationProjectAndCopyrightSectionsAreLeftOut() throws Exception {
        Path gz = tmp.resolve("head.1.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(String.join(
                            "\n",
                            ".TH HEAD 1",
                            ".SH 名称",
                            "head \\- 输出文件的开头部分",
                            ".SH 描述",
                            "将每个指定文件的头10 行显示到标准输出。",
                            ".SH 版权",
                            "这是自由软件：您可以自由地修改和重新发布它。在法律允许的范围内，不提供任何保证。",
                            ".SH \"[中文版维护人]\"",
                            "某某 <someone@example.org>",
                            ".SH \"跋\"",
                            "本页面中文版由中文 man 手册页计划提供。",
                            "")
                    .getBytes(StandardCharsets.UTF_8));
        }
        String whole = RelevanceCorpus.manPage(gz, false)[1];
        String own = RelevanceCorpus.manPage(gz, true)[1];
        assertTrue(whole.contains("在法律允许的范围内") && whole.contains("中文 man 手册页计划"), whole);
        assertTrue(own.contains("将每个指定文件的头10 行显示到标准输出。"), own);
        assertFalse(own.contains("在法律允许的范围内") || own.contains("手册页计划") || own.contains("某某"), own);
    }
}
