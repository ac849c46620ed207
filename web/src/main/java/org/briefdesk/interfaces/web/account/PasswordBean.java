package org.briefdesk.interfaces.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.PasswordPolicy;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.briefdesk.interfaces.web.security.BriefdeskAuthenticationMechanism;

/** 修改密码: the signed-in person replaces their own password; an initial password must be replaced first. */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String repeated;

    public void change() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            Pages.error(new BusinessRuleViolation("password", "两次输入的新密码不一致"));
            return;
        }
        try {
            accounts.changeOwnPassword(currentUser.getActor(), currentPassword, newPassword);
            // The session stops being confined to this page (InitialPasswordGate).
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getSessionMap()
                    .remove(BriefdeskAuthenticationMechanism.MUST_CHANGE_PASSWORD);
            Pages.info("密码已修改");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    public boolean isMustChange() {
        return accounts.mustChangePassword(currentUser.getActor());
    }

    public String getRules() {
        return PasswordPolicy.EXPLANATION;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
