package ru.ejournal.it.api;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * The paths and methods the application's Jakarta REST resources serve, as WildFly's own {@code jaxrs}
 * subsystem lists them for the deployment (not as the OpenAPI document says), so that the test of the
 * document finds a resource method that lacks its description.
 */
final class OpenApiPaths {

    private OpenApiPaths() {}

    /** Path (as in the OpenAPI document, e.g. {@code /api/v1/children/{studentId}}) to its lower-case methods. */
    static Map<String, Set<String>> ofResources() throws Exception {
        Map<String, Set<String>> paths = new TreeMap<>();
        try (ModelControllerClient client = ModelControllerClient.Factory.create(
                "localhost", 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0))) {
            ModelNode jaxrs = new ModelNode();
            jaxrs.add("deployment", deploymentName(client));
            jaxrs.add("subdeployment", "web-module.war");
            jaxrs.add("subsystem", "jaxrs");
            ModelNode names = new ModelNode();
            names.get("operation").set("read-children-names");
            names.get("child-type").set("rest-resource");
            names.get("address").set(jaxrs);
            ModelNode classes = check(client.execute(names));
            for (ModelNode type : classes.asList()) {
                ModelNode read = new ModelNode();
                read.get("operation").set("read-resource");
                read.get("include-runtime").set(true);
                ModelNode address = jaxrs.clone();
                address.add("rest-resource", type.asString());
                read.get("address").set(address);
                ModelNode resource = check(client.execute(read));
                for (ModelNode path : resource.get("rest-resource-paths").asList()) {
                    for (ModelNode method : path.get("resource-methods").asList()) {
                        String[] parts = method.asString().trim().split("\\s+", 2);
                        String uri = parts[1].substring(parts[1].indexOf("/api/"));
                        paths.computeIfAbsent(uri.replaceAll("/+$", ""), k -> new TreeSet<>())
                                .add(parts[0].toLowerCase());
                    }
                }
            }
        }
        return paths;
    }

    /** The EAR as deployed by Arquillian (its name may carry a prefix). */
    private static String deploymentName(ModelControllerClient client) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-children-names");
        op.get("child-type").set("deployment");
        op.get("address").setEmptyList();
        return check(client.execute(op)).asList().stream()
                .map(ModelNode::asString)
                .filter(n -> n.endsWith(".ear"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no EAR deployed"));
    }

    private static ModelNode check(ModelNode result) {
        if (!"success".equals(result.get("outcome").asString())) {
            throw new AssertionError(result.toString());
        }
        return result.get("result");
    }
}
