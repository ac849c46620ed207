package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.importing.ImportRecordView;
import org.briefdesk.application.importing.ImportRunView;
import org.briefdesk.application.importing.ImportSources;
import org.briefdesk.application.importing.IssueImportReport;
import org.briefdesk.application.importing.PastIssueImportService;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Ids;

/**
 * Archive import for scripts (administrators): POST a JSONL body, or name a file in the server's
 * import directory, and follow the job at the URL the 202 answer gives.
 */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** A JSONL body is streamed to a file; beyond this, put the archive into the import directory. */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

    @Inject
    ArchiveImportService imports;

    @Inject
    PastIssueImportService pastIssues;

    @Inject
    CurrentUser currentUser;

    /** Starts an import of the JSONL body: one {"title","body"[,"unit","date","column","key","adopted"]} per line. */
    @POST
    @Consumes({"application/x-ndjson", "application/jsonl", "application/x-jsonlines", MediaType.TEXT_PLAIN})
    public Response upload(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        String name = headers.getHeaderString("X-File-Name");
        try {
            return accepted(
                    imports.upload(
                            currentUser.getActor(), name == null ? "API导入.jsonl" : name, body, MAX_BODY_BYTES, null),
                    uri);
        } catch (ImportSources.SourceTooLarge e) {
            return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "请求体过大", e.getMessage(), null);
        }
    }

    /** Starts an import of a file or folder in the server's import directory: {"path":"2019/archive.jsonl"}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fromServer(ServerSource source, @Context UriInfo uri) {
        if (source == null || source.path() == null) {
            throw new BusinessRuleViolation("path", "请求体须为 {\"path\":\"导入目录中的文件名\"}，或以 application/x-ndjson 发送JSONL");
        }
        return accepted(imports.fromServer(currentUser.getActor(), source.path(), null), uri);
    }

    /**
     * Imports past briefing issues (往期简报), one per line, whose entries name imported items by key;
     * answers with what became of each line. Runs while the caller waits (an office has hundreds).
     */
    @POST
    @Path("/issues")
    @Consumes({
        "application/x-ndjson",
        "application/jsonl",
        "application/x-jsonlines",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_JSON
    })
    public IssueImportReport issues(InputStream body) {
        return pastIssues.importIssues(currentUser.getActor(), body);
    }

    /**
     * Continues a stopped, failed or interrupted import (a server killed mid-import leaves its run
     * interrupted) after its last committed record: answers 202 as the start did; a run that is not
     * restartable is a 400 saying why.
     */
    @POST
    @Path("/{id}/restart")
    public Response restart(@PathParam("id") String id, @Context UriInfo uri) {
        return accepted(imports.restart(currentUser.getActor(), run(id)), uri);
    }

    /**
     * 停止 from a script, on any node of the cluster: the job stops after its current chunk on the
     * node running it, everything written so far stays; answers 202 with the run (正在停止), and a
     * run that is not running is a 400 saying so.
     */
    @POST
    @Path("/{id}/stop")
    public Response stop(@PathParam("id") String id, @Context UriInfo uri) {
        return accepted(imports.stop(currentUser.getActor(), run(id)), uri);
    }

    @GET
    @Path("/{id}")
    public ImportStatusView status(@PathParam("id") String id) {
        return ImportStatusView.of(imports.status(currentUser.getActor(), run(id)));
    }

    /** The per-record report, in source order, {@code limit} (at most 5,000) from {@code offset}. */
    @GET
    @Path("/{id}/report")
    public List<ImportRecordView> report(
            @PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        int from = number(offset, "offset", 0, Integer.MAX_VALUE);
        int size = Math.max(1, number(limit, "limit", 1_000, 5_000));
        return imports.report(currentUser.getActor(), run(id), from, size);
    }

    private static long run(String id) {
        return Ids.parse(id, "导入批次“" + id + "”不存在");
    }

    /** A paging value: absent means {@code fallback}; anything but a whole number from 0 to max is a 400. */
    private static int number(String value, String field, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,10}") || Long.parseLong(v) > max) {
            throw new BusinessRuleViolation(field, "参数" + field + "须为0至" + max + "的整数");
        }
        return Integer.parseInt(v);
    }

    private static Response accepted(ImportRunView run, UriInfo uri) {
        return Response.accepted(ImportStatusView.of(run))
                .location(uri.getBaseUriBuilder()
                        .path("imports")
                        .path(Long.toString(run.id()))
                        .build())
                .build();
    }

    /** A file or folder named relative to the server's import directory. */
    public record ServerSource(String path) {}

    /**
     * What a script polls: {@code status} ends as COMPLETED or FAILED (STOPPED or INTERRUPTED when an
     * administrator stopped it or the server went down; it can be continued on the page). The times
     * say when the last record was written and when every imported item was searchable.
     */
    public record ImportStatusView(
            long id,
            String source,
            String status,
            Long total,
            long imported,
            long skipped,
            long duplicates,
            List<String> unmatchedUnits,
            String failure,
            String report,
            Instant createdAt,
            Instant importedAt,
            Instant searchableAt,
            Instant finishedAt) {

        static ImportStatusView of(ImportRunView r) {
            return new ImportStatusView(
                    r.id(),
                    r.sourceName(),
                    r.status(),
                    r.total(),
                    r.imported(),
                    r.skipped(),
                    r.duplicates(),
                    r.unmatchedUnits(),
                    r.failure(),
                    "/api/imports/" + r.id() + "/report",
                    r.createdAt(),
                    r.importedAt(),
                    r.searchableAt(),
                    r.finishedAt());
        }
    }
}
