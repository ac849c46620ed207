package org.briefdesk.interfaces.web.briefing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.application.briefing.IssueReadingService;
import org.briefdesk.application.briefing.IssueReadingService.IssueFile;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.AttachmentDownload;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * Sends an issue as Word or PDF (/issues/N.docx, /issues/N.pdf) to whoever may read it; a leader's
 * download counts as reading. Named after the issue, e.g. 海淀区创建首都文明区简报2026年普刊第12期.pdf.
 */
@WebServlet("/issues/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"OFFICER", "EDITOR", "LEADER", "ADMIN"}))
public class IssueFileDownload extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(docx|pdf)");

    @Inject
    CurrentUser currentUser;

    @Inject
    IssueReadingService reading;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "简报文件不存在");
            return;
        }
        long id = Long.parseLong(m.group(1));
        ExportFormat format = ExportFormat.valueOf(m.group(2).toUpperCase());
        IssueFile file;
        try {
            file = reading.file(currentUser.getActor(), id, format);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (AccessDenied e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
            return;
        } catch (BusinessRuleViolation e) {
            // e.g. no CJK font on the server: the editor must see why, not a stack trace.
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        AttachmentDownload.sendAsDownload(response, format.mediaType(), file.fileName(), file.content());
    }
}
