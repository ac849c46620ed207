package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.LoginService;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.editorial.InboxQuery;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.search.SearchService;
import org.briefdesk.application.unit.ImportPreview;
import org.briefdesk.application.unit.ImportPreview.Change;
import org.briefdesk.application.unit.ImportPreview.RowResult;
import org.briefdesk.application.unit.UnitNetwork;
import org.briefdesk.application.unit.UnitNetworkImport;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.item.InboxFilter;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemFlags;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.item.Orientation;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.search.query.SortOrder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office's settings in the container against the test database: the unit network from a
 * spreadsheet (单位及信息员导入: the preview stores nothing, bad rows are explained in Chinese and skipped,
 * new officers get an initial password that must be changed, the same file again changes nothing), and
 * an editor's judgement of an item (信息属性) as inbox filter and search facet.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(SettingsServicesIT.class);
    }

    @Inject
    UnitNetworkImport importer;

    @Inject
    UnitService unitService;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    InboxQuery inbox;

    @Inject
    SearchService search;

    @Inject
    AccountService accountService;

    @Inject
    LoginService loginService;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitRepository units;

    private Actor admin() {
        return accountService.actor("admin").orElseThrow();
    }

    @Test
    void anAdministratorPreviewsThenImportsUnitsAndOfficersAndTheBadRowsAreExplainedAndSkipped() {
        String run = String.valueOf(System.nanoTime() % 100_000);
        String committee = "中共北京市海淀区委测试工作委员会" + run;
        String unitsCsv = String.join(
                "\r\n",
                "单位名称,简称,类别,上级工委,重点网络单位,分管领导",
                "北京市海淀区测试局" + run + ",测试局" + run + ",部门,测试工委" + run + ",是,周涛（副局长）",
                committee + ",测试工委" + run + ",工委,,是,",
                "北京市海淀区无主局" + run + ",无主局" + run + ",部门,不存在的工委,否,",
                "北京市海淀区错类局" + run + ",,委办局,,否,",
                "北京市海淀区体育局,区体育局,部门,,否,");
        String officersCsv = String.join(
                "\n",
                "姓名,登录名,所属单位,电子邮箱,电话",
                "周敏,zhoumin" + run + ",测试局" + run + ",zhoumin@hd.gov.cn,010-82345678",
                "吴刚,zhoumin" + run + ",测试局" + run + ",,",
                "郑洁,zhengjie" + run + ",不存在的单位,,",
                "冒名者,editor,测试局" + run + ",,");
        UnitNetwork network = combine(
                importer.read(admin(), "单位.csv", unitsCsv.getBytes(Charset.forName("GBK"))),
                importer.read(admin(), "信息员.csv", officersCsv.getBytes(StandardCharsets.UTF_8)));

        ImportPreview preview = importer.preview(admin(), network);
        assertEquals(Change.NEW, row(preview, "单位.csv", 2).change(), "a department under a committee of the same file");
        assertEquals(Change.NEW, row(preview, "单位.csv", 3).change());
        assertTrue(row(preview, "单位.csv", 4).message().contains("上级工委“不存在的工委”不存在"));
        assertTrue(row(preview, "单位.csv", 5).message().contains("类别“委办局”应为工委、部门或街乡镇"));
        assertEquals(Change.UNCHANGED, row(preview, "单位.csv", 6).change());
        assertEquals(Change.NEW, row(preview, "信息员.csv", 2).change());
        assertTrue(row(preview, "信息员.csv", 3).message().contains("在本表第2行已出现"));
        assertTrue(row(preview, "信息员.csv", 4).message().contains("所属单位“不存在的单位”不存在"));
        assertTrue(row(preview, "信息员.csv", 5).message().contains("已被编辑账号使用"));
        assertTrue(units.findByName(committee).isEmpty(), "the preview stores nothing");
        assertTrue(accounts.findByLogin("zhoumin" + run).isEmpty());

        UnitNetworkImport.Result result = importer.apply(admin(), network);
        assertEquals(preview.rows(), result.outcome().rows(), "the import does what the preview said");
        assertEquals(
                "测试工委" + run,
                unitService.views().stream()
                        .filter(u -> u.name().equals("北京市海淀区测试局" + run))
                        .findFirst()
                        .orElseThrow()
                        .parentName());
        assertEquals(1, result.passwords().size());
        String password = result.passwords().get(0).password();
        var account = accounts.findByLogin("zhoumin" + run).orElseThrow();
        assertTrue(account.isMustChangePassword(), "an initial password must be changed at first sign-in");
        assertEquals("010-82345678", account.getPhone());
        assertTrue(loginService
                .signIn("zhoumin" + run, password, "192.0.2.30")
                .actor()
                .isPresent());
        assertTrue(accountService.mustChangePassword(
                accountService.actor("zhoumin" + run).orElseThrow()));
        assertTrue(accounts.findByLogin("zhengjie" + run).isEmpty(), "rows with errors are skipped");

        ImportPreview again = importer.preview(admin(), network);
        assertFalse(again.hasChanges(), "the same file again changes nothing: " + again.rows());
    }

    @Test
    void theExportIsAWorkbookThatImportsAgainWithoutChanges() {
        byte[] workbook = importer.export(admin());
        UnitNetwork read = importer.read(admin(), "单位及信息员名册.xlsx", workbook);
        assertTrue(read.units().stream()
                .anyMatch(u -> u.shortName().equals("区城管委") && u.parent().equals("区委城市管理工委")));
        assertTrue(read.officers().stream().anyMatch(o -> o.login().equals("haidian")));
        ImportPreview preview = importer.preview(admin(), read);
        assertEquals(0, preview.count(Change.ERROR), preview.rows().toString());
        assertFalse(preview.hasChanges(), preview.rows().toString());
    }

    @Test
    void anEditorMarksAnItemNegativeAndEarlyWarningAndTheInboxAndTheSearchFilterByIt() throws Exception {
        Actor officer = accountService.actor("haidian").orElseThrow();
        Actor editor = accountService.actor("editor").orElseThrow();
        String title = "海淀街道部分老旧小区出现群租反弹苗头" + System.nanoTime() % 10_000;
        ItemView item = officerItems.saveAndSubmit(
                officer,
                null,
                0,
                new ItemContent(
                        title,
                        "近期海淀街道巡查发现，3个老旧小区出现群租房反弹现象，居民投诉增多，存在消防隐患。",
                        LocalDate.of(2026, 12, 3),
                        MustReportKind.PROGRESS_PROBLEMS,
                        false,
                        null),
                null);
        editorial.characterise(
                editor,
                item.id(),
                item.version(),
                new ItemFlags(MustReportKind.EARLY_SIGNS, Orientation.NEGATIVE, true, false));

        InboxFilter warnings = new InboxFilter(
                Set.of(), null, null, null, false, null, null, title, null, true, ItemFlags.Flag.EARLY_WARNING);
        assertEquals(1, inbox.count(editor, warnings));
        InboxFilter sensitive = new InboxFilter(
                Set.of(), null, null, null, false, null, null, title, null, true, ItemFlags.Flag.SENSITIVE);
        assertEquals(0, inbox.count(editor, sensitive));

        Map<String, Set<String>> filters = Map.of("flag", Set.of("NEGATIVE", "EARLY_WARNING"));
        // The index follows the outbox after commit.
        Await.until(
                "the search to find the item by its flags",
                Await.INDEX,
                () -> search
                        .search(
                                editor,
                                new SearchService.Query(
                                        "群租反弹", filters, false, null, null, SortOrder.RELEVANCE, 0, 20, null))
                        .hits()
                        .stream()
                        .anyMatch(h -> h.id().equals(String.valueOf(item.id()))));
    }

    private static UnitNetwork combine(UnitNetwork a, UnitNetwork b) {
        return new UnitNetwork(
                concat(a.units(), b.units()),
                concat(a.officers(), b.officers()),
                concat(a.unreadable(), b.unreadable()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static RowResult row(ImportPreview p, String sheet, int row) {
        return p.rows().stream()
                .filter(r -> r.sheet().equals(sheet) && r.row() == row)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + sheet + "#" + row + " in " + p.rows()));
    }
}
