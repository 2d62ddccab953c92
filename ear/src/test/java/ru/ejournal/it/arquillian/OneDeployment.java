package ru.ejournal.it.arquillian;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One deployment of the EAR for the whole test run instead of one per test class: every test class asks for
 * the same archive ({@code Deployments.ear()}), so deploying it again would only repeat the same boot of
 * EclipseLink, Weld and Faces (about ten seconds a class on this machine). The first class deploys it; the
 * others find it deployed and get its protocol data; it is undeployed once, before the server stops, so
 * that the next start of the same server does not find it in its configuration.
 *
 * <p>A deployment of another name goes through Arquillian as usual.
 */
public class OneDeployment implements LoadableExtension {

    /** The name of the shared archive (the one {@code Deployments.ear()} builds). */
    public static final String SHARED = "ejournal.ear";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    public static class Keeper {

        // Static: Arquillian creates its observers once per run, but the deployed state belongs to the server.
        private static ProtocolMetaData deployed;
        private static Archive<?> archive;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocol;

        /** Inside the deployment context that Arquillian's own handler (precedence 0) opens. */
        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) {
            Deployment wanted = context.getEvent().getDeployment();
            DeploymentDescription wantedDescription = wanted.getDescription();
            if (!SHARED.equals(archiveName(wantedDescription))) {
                context.proceed();
                return;
            }
            if (!wantedDescription.testable()) {
                // Otherwise the archive deployed first decides whether in-container tests can run at all.
                throw new IllegalStateException("The shared deployment must be testable: mark a client-side test "
                        + "class @RunAsClient instead of @Deployment");
            }
            if (deployed == null) {
                context.proceed();
                deployed = protocol.get();
                archive = wantedDescription.getTestableArchive();
                return;
            }
            description.set(wantedDescription);
            deployment.set(wanted);
            protocol.set(deployed);
            wanted.deployed();
        }

        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            Deployment leaving = context.getEvent().getDeployment();
            if (!SHARED.equals(archiveName(leaving.getDescription()))) {
                context.proceed();
                return;
            }
            leaving.undeployed();
        }

        public void beforeStop(@Observes BeforeStop event) throws Exception {
            if (archive == null) {
                return;
            }
            DeployableContainer<?> container = event.getDeployableContainer();
            container.undeploy(archive);
            archive = null;
            deployed = null;
        }

        private static String archiveName(DeploymentDescription description) {
            return description.isArchiveDeployment() ? description.getArchive().getName() : null;
        }
    }
}
