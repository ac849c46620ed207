package org.briefdesk.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.briefdesk.application.item.AttachmentService;
import org.briefdesk.application.item.AttachmentService.AttachmentFile;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.NotFound;

/**
 * Sends an attachment (/attachments/N) to whoever may read its item. Always as a download with
 * nosniff, never rendered inline, so an uploaded file can never run as a page of this site.
 */
@WebServlet("/attachments/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"OFFICER", "EDITOR", "LEADER", "ADMIN"}))
public class AttachmentDownload extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AttachmentFile file;
        try {
            String id =
                    request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            file = attachments.download(currentUser.getActor(), Ids.parse(id, "附件不存在"));
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        }
        // An uploaded file could be HTML: even opened directly, it must not run as a page of this site.
        response.setHeader("Content-Security-Policy", "sandbox");
        sendAsDownload(response, file.contentType(), file.fileName(), file.data());
    }

    /**
     * Writes a file as a download: never rendered inline, never sniffed into another type, kept in
     * no shared cache (every file here is someone's to read). Attachments and issue files alike.
     */
    public static void sendAsDownload(HttpServletResponse response, String contentType, String fileName, byte[] data)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLength(data.length);
        response.setHeader("Content-Disposition", contentDisposition(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-cache");
        response.getOutputStream().write(data);
    }

    /** RFC 6266 with an RFC 5987 UTF-8 name for today's browsers and an ASCII stand-in for old ones. */
    public static String contentDisposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
