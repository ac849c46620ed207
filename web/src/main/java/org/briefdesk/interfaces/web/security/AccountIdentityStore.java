package org.briefdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.briefdesk.application.access.AccountService;

/** Checks logins against the account table; an account's role becomes its one security group. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(up.getCaller(), up.getPasswordAsString())
                .map(actor -> new CredentialValidationResult(actor.login(), Set.of(actor.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
