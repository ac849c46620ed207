package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.lexicon.LexiconService;
import org.briefdesk.application.lexicon.LexiconViews.Preview;
import org.briefdesk.application.lexicon.LexiconViews.Proposal;
import org.briefdesk.application.lexicon.LexiconViews.SynonymGroupView;
import org.briefdesk.application.lexicon.LexiconViews.TermView;
import org.briefdesk.application.lexicon.ReanalysisProgress;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dictionary and synonyms (词典与同义词) over HTTP: every signed-in role reads them, administrators
 * change them (editors change them on the page). A change is in force for new items and queries
 * when the answer arrives; archived items take it after the re-analysis job.
 */
@Path("/lexicon")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "词典与同义词", description = "本地词条（含词性）与同义词组；修改即时作用于新信息和检索，归档信息经重新分词后生效")
public class LexiconResource {

    @Inject
    LexiconService lexicon;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/terms")
    @Operation(summary = "本地词条列表", description = "每个词条及其词性代码（ns 地名、nt 机构团体名、nz 其他专有名词等）。单位名称和简称不在此列，总是自动作为词条。")
    public List<TermView> terms() {
        return lexicon.terms(currentUser.getActor());
    }

    @POST
    @Path("/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新增词条（管理员）", description = "请求体 {\"word\":\"温榆河公园\",\"pos\":\"ns\"}；词条为2至20个汉字。答复201及新词条。")
    public Response addTerm(TermForm form) {
        Actor actor = admin();
        TermForm f = required(form, "word");
        return Response.status(Response.Status.CREATED)
                .entity(lexicon.addTerm(actor, f.word(), f.pos()))
                .build();
    }

    @PUT
    @Path("/terms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改词条（管理员）", description = "请求体同新增；答复修改后的词条。")
    public TermView updateTerm(@PathParam("id") String id, TermForm form) {
        Actor actor = admin();
        TermForm f = required(form, "word");
        return lexicon.updateTerm(actor, id(id, "词条"), f.word(), f.pos());
    }

    @DELETE
    @Path("/terms/{id}")
    @Operation(summary = "删除词条（管理员）", description = "答复204；可在词典页面的修改记录中撤销。")
    public Response removeTerm(@PathParam("id") String id) {
        lexicon.removeTerm(admin(), id(id, "词条"));
        return Response.noContent().build();
    }

    @GET
    @Path("/synonyms")
    @Operation(summary = "同义词组列表", description = "每组的第一个词是其余各词检索和索引时所用的词。")
    public List<SynonymGroupView> synonyms() {
        return lexicon.groups(currentUser.getActor());
    }

    @POST
    @Path("/synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "新增同义词组（管理员）", description = "请求体 {\"words\":[\"创城\",\"创建文明城区\"]}；至少两个不同的词，每个词只能属于一个组。答复201。")
    public Response addGroup(GroupForm form) {
        Actor actor = admin();
        return Response.status(Response.Status.CREATED)
                .entity(lexicon.addGroup(actor, required(form, "words").words()))
                .build();
    }

    @PUT
    @Path("/synonyms/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "修改同义词组（管理员）", description = "请求体同新增；答复修改后的同义词组。")
    public SynonymGroupView updateGroup(@PathParam("id") String id, GroupForm form) {
        Actor actor = admin();
        return lexicon.updateGroup(
                actor, id(id, "同义词组"), required(form, "words").words());
    }

    @DELETE
    @Path("/synonyms/{id}")
    @Operation(summary = "删除同义词组（管理员）", description = "答复204。")
    public Response removeGroup(@PathParam("id") String id) {
        lexicon.removeGroup(admin(), id(id, "同义词组"));
        return Response.noContent().build();
    }

    @GET
    @Path("/segmentation")
    @Operation(
            summary = "分词预览",
            description = "text：示例句子（不超过200字）；可选 word 与 pos：拟新增的词条。答复 before（现行词典）与 after（加上拟新增词条）的分词结果。")
    public Preview segmentation(
            @QueryParam("text") String text, @QueryParam("word") String word, @QueryParam("pos") String pos) {
        return lexicon.preview(currentUser.getActor(), text, new Proposal(word, pos, null));
    }

    @GET
    @Path("/reanalysis")
    @Operation(summary = "归档重新分词进度", description = "phase：IDLE、RUNNING、DONE 或 FAILED；done/total 为已处理/全部信息数。")
    public ReanalysisProgress reanalysis() {
        return lexicon.reanalysisProgress(currentUser.getActor());
    }

    @POST
    @Path("/reanalysis")
    @Operation(summary = "开始归档重新分词（管理员）", description = "后台按现行词典重新分析全部归档信息，期间检索照常。答复202；正在进行时答复400。")
    public Response startReanalysis() {
        lexicon.startReanalysis(admin());
        return Response.accepted(lexicon.reanalysisProgress(currentUser.getActor()))
                .build();
    }

    /** Writes over the API are for administrators (the rule for REST); editors use the page. */
    private Actor admin() {
        Actor actor = currentUser.getActor();
        actor.require(Role.ADMIN);
        return actor;
    }

    private static <T> T required(T form, String field) {
        if (form == null) {
            throw new BusinessRuleViolation(field, "请求体不能为空");
        }
        return form;
    }

    private static long id(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound(what + "编号“" + id + "”无效");
        }
    }

    /** A term: 2–20 Han characters and a part-of-speech code. */
    public record TermForm(String word, String pos) {}

    /** A synonym group: two or more different words. */
    public record GroupForm(List<String> words) {}
}
