package org.briefdesk.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

    @Test
    void chineseNamesAreSentUtf8EncodedWithAnAsciiStandIn() {
        assertEquals(
                "attachment; filename=\"____2026.docx\"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%872026.docx",
                AttachmentDownload.contentDisposition("现场照片2026.docx"));
    }

    @Test
    void spacesAndStarsAreEncodedAsRfc5987Requires() {
        assertEquals(
                "attachment; filename=\"a b*.txt\"; filename*=UTF-8''a%20b%2A.txt",
                AttachmentDownload.contentDisposition("a b*.txt"));
    }
}
