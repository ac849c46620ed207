package org.briefdesk.application.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefdesk.application.item.DocumentReader;
import org.briefdesk.application.item.ImportedText;
import org.briefdesk.application.item.IncomingFile;
import org.briefdesk.domain.model.item.AttachmentKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class MailReportTest {

    private static final IncomingFile DOCX = new IncomingFile("甘家口街道信息.docx", new byte[] {1});
    private static final IncomingFile PHOTO = new IncomingFile("现场照片.jpg", new byte[] {2});

    /** Reads any .docx as the report below; refuses a damaged one. */
    private static final DocumentReader WORD = new DocumentReader() {
        @Override
        public ImportedText read(byte[] bytes) {
            if (bytes[0] != 1) {
                throw new BusinessRuleViolation("file", "文件已损坏，无法读取");
            }
            return new ImportedText("甘家口街道推进垃圾分类", "<p>街道组织志愿者入户宣传。</p>");
        }

        @Override
        public void requireReadable(byte[] bytes, AttachmentKind kind) {}
    };

    private static ReceivedMail mail(String subject, String text, IncomingFile... files) {
        return new ReceivedMail(
                "<1@hd.example.cn>", "wangwei@hd.example.cn", "王伟", subject, text, List.of(files), false);
    }

    @Test
    void theSubjectIsTheTitleAndTheTextTheBody() {
        MailReport.Draft d = MailReport.of(mail("八里庄街道开展冬季消防检查", "街道组织开展冬季消防安全检查。\n共检查商户120家。"), WORD);
        assertEquals("八里庄街道开展冬季消防检查", d.content().title());
        assertEquals("<p>街道组织开展冬季消防安全检查。</p><p>共检查商户120家。</p>", d.content().bodyHtml());
    }

    @Test
    void anAttachedWordDocumentIsTheBodyAndTheOtherFilesAreKept() {
        MailReport.Draft d = MailReport.of(mail("转发：甘家口街道信息", "领导好，附件是我单位信息，请查收。", DOCX, PHOTO), WORD);
        assertEquals("甘家口街道信息", d.content().title());
        assertEquals("<p>街道组织志愿者入户宣传。</p>", d.content().bodyHtml());
        assertEquals(List.of(PHOTO), d.files());
    }

    @Test
    void withoutASubjectTheDocumentsTitleIsTheTitle() {
        assertEquals(
                "甘家口街道推进垃圾分类",
                MailReport.of(mail("  ", "", DOCX), WORD).content().title());
    }

    @Test
    void aDamagedDocumentIsLeftToTheUploadRulesAndTheTextIsTheBody() {
        IncomingFile damaged = new IncomingFile("信息.docx", new byte[] {9});
        MailReport.Draft d = MailReport.of(mail("Re: 回复：紫竹院街道信息", "正文在此。", damaged), WORD);
        assertEquals("紫竹院街道信息", d.content().title());
        assertEquals("<p>正文在此。</p>", d.content().bodyHtml());
        assertEquals(List.of(damaged), d.files());
    }

    @Test
    void aMailWithNothingToReadIsRefusedWithAReason() {
        BusinessRuleViolation e =
                assertThrows(BusinessRuleViolation.class, () -> MailReport.of(mail("标题", " ", PHOTO), WORD));
        assertEquals("邮件没有正文，也没有可读取的Word或PDF附件", e.getMessage());
        BusinessRuleViolation noTitle =
                assertThrows(BusinessRuleViolation.class, () -> MailReport.of(mail(null, "正文。"), WORD));
        assertEquals("邮件没有主题，无法作为信息标题", noTitle.getMessage());
    }
}
