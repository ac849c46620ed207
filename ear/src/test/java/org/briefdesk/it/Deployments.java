package org.briefdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR that Maven built, so integration tests exercise exactly what ships. In-container
 * tests add their own classes to the WAR (Arquillian does not put them there for an EAR).
 */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive briefdesk(Class<?>... testClasses) {
        File earFile = new File(System.getProperty("briefdesk.ear", "target/briefdesk.ear"));
        if (!earFile.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn package): " + earFile.getAbsolutePath());
        }
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        if (testClasses.length > 0) {
            WebArchive war = ear.getAsType(WebArchive.class, "briefdesk-web.war");
            war.addClasses(testClasses);
            war.addClass(Await.class);
            ear.delete("briefdesk-web.war");
            ear.addAsModule(war);
        }
        return ear;
    }

    /**
     * The EAR with GreenMail and {@link MailFixture} in the WAR, for tests that run a real mail server
     * inside the server's JVM.
     * GreenMail's message store uses Angus Mail, which the server has but does not expose to deployments.
     */
    public static EnterpriseArchive withGreenMail(Class<?>... testClasses) throws Exception {
        EnterpriseArchive ear = briefdesk(testClasses);
        WebArchive war = ear.getAsType(WebArchive.class, "briefdesk-web.war");
        war.addAsLibrary(new File(GreenMail.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI()));
        war.addClass(MailFixture.class);
        war.setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.eclipse.angus.mail\n"));
        ear.delete("briefdesk-web.war");
        ear.addAsModule(war);
        return ear;
    }
}
