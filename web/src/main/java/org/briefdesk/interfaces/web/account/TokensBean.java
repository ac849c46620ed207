package org.briefdesk.interfaces.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.application.access.ApiTokenService.TokenView;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * API tokens (API令牌) of one account: the holder's own, or (administrators, {@code ?account=N}) anyone's.
 * A new token's value is shown once, right after it is created, and kept nowhere else.
 */
@Named
@ViewScoped
public class TokensBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiTokenService tokens;

    private Long accountId;
    private String login;
    private List<TokenView> rows = List.of();
    private String name;
    private transient String createdValue;

    /** f:viewAction: loads the account's tokens; another person's only for an administrator. */
    public void load() {
        long id = accountId != null ? accountId : currentUser.getActor().accountId();
        try {
            rows = tokens.list(currentUser.getActor(), id);
            accountId = id;
            login = id == currentUser.getActor().accountId()
                    ? currentUser.getActor().login()
                    : rows.stream().findFirst().map(TokenView::login).orElse("#" + id);
        } catch (AccessDenied e) {
            Pages.sendError(403, e.getMessage());
        } catch (NotFound e) {
            Pages.sendError(404, e.getMessage());
        }
    }

    public void create() {
        try {
            ApiTokenService.NewToken created = tokens.create(currentUser.getActor(), accountId, name);
            createdValue = created.value();
            name = null;
            rows = tokens.list(currentUser.getActor(), accountId);
            Pages.info("令牌已创建。请立即复制保存，离开本页后将无法再次查看");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    public void revoke(long tokenId) {
        TokenView revoked = tokens.revoke(currentUser.getActor(), tokenId);
        rows = tokens.list(currentUser.getActor(), accountId);
        createdValue = null;
        Pages.info("令牌“" + revoked.name() + "”已吊销，使用它的系统将无法再访问");
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getLogin() {
        return login;
    }

    public List<TokenView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreatedValue() {
        return createdValue;
    }
}
