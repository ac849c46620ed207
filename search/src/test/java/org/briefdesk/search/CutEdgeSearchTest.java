package org.briefdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 11: a stretch copied from a text may be cut inside a Latin word, which the index holds whole, or
 * on the first character of a word. The texts are sentences of the Simplified Chinese Debian
 * Administrator's Handbook (debian-handbook, CC-BY-SA-3.0), where the relevance bench drew such stretches.
 */
class CutEdgeSearchTest {
    static final ItemDocument WHY_LINUX = item(
            "301",
            "为什么选择 Linux 发行版？",
            "GNU Hurd尚未发布稳定版本因此被即刻否决了。在BSD和Linux之间选择更简单。前者有很多优点，特别是在服务器上。"
                    + "然而，实用主义导致选择了Linux，因为其已安装的基数和普及性均有显著和大量的积极效应。"
                    + "比起BSD，更容易找到合格的人员管理Linux机器。");

    static final ItemDocument MASTER_PLAN =
            item("302", "迁移计划", "最开始， IT 职员必须接受 Debian 系统管理的培训。然后服务器按从网络基础服务（路由、防火墙等）到用户服务（文件共享、Web、SMTP 等）的顺序转换。");

    static final ItemDocument FRONTENDS =
            item("303", "APT 前端", "如果新版 gnome 推荐一个以前不推荐的软件包，那么就不会安装它。然而，还是列在屏幕，管理者仍可点击并安装它。");

    /** The words of the stretches, but not next to each other. */
    static final ItemDocument APART =
            item("304", "服务清单", "文件共享由 Samba 提供。另有 Web 服务器。它是BSD许可的软件；然而，管理者还要检查许可证，比起以前更容易。");

    @RegisterExtension
    static final TestIndex archive = TestIndex.archive(WHY_LINUX, MASTER_PLAN, FRONTENDS, APART);

    static ItemDocument item(String id, String title, String body) {
        return ItemDocument.builder(id)
                .title(title)
                .body(body)
                .unit("信息中心")
                .status("ACCEPTED")
                .date(LocalDate.of(2024, 5, 1))
                .build();
    }

    static List<String> ids(String q) throws IOException {
        return archive.index().search(SearchRequest.of(q)).hits().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void aStretchEndingInsideALatinWordFindsTheTextItWasCopiedFrom() throws IOException {
        assertEquals(List.of("301"), ids("应。比起BS"));
        assertEquals(List.of("301"), ids("决了。在BS"));
        assertEquals(List.of("302"), ids("件共享、We"));
    }

    @Test
    void aStretchStartingInsideALatinWordFindsTheTextItWasCopiedFrom() throws IOException {
        assertEquals(List.of("301"), ids("SD，更容"));
    }

    @Test
    void aStretchEndingOnTheFirstCharacterOfAWordFindsTheTextItWasCopiedFrom() throws IOException {
        assertEquals(List.of("303"), ids("它。然而，还"));
    }

    @Test
    void aQuotedPhraseCutInsideALatinWordStaysExactAndFindsNothing() throws IOException {
        assertEquals(List.of(), ids("\"比起BS\""));
        assertEquals(List.of(), ids("\"件共享、We\""));
    }

    @Test
    void aLatinFragmentTypedAloneIsNotCompleted() throws IOException {
        assertEquals(List.of(), ids("BS"));
    }
}
