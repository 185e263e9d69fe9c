package org.csptransition.system;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The roles each operation of a built service admits, read from its bytecode: the {@code @RolesAllowed} of the method
 * that carries the operation's {@code @Operation(operationId)} (or of its class). OpenAPI 3.0 has no place for roles in
 * a bearer security requirement, so the role sweep takes them from the code that enforces them, matched to the spec by
 * operationId; the suite's own jars in the build (the service and the shared modules in {@code lib/main}) are read.
 */
final class ServiceRoles {

    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final DotName ROLES_ALLOWED = DotName.createSimple("jakarta.annotation.security.RolesAllowed");

    private ServiceRoles() {
    }

    static Map<String, List<String>> byOperationId(Path serviceDir) {
        Path app = serviceDir.resolve("target/quarkus-app");
        Indexer indexer = new Indexer();
        try (Stream<Path> jars = Stream.concat(Files.list(app.resolve("app")), Files.list(app.resolve("lib/main"))
                .filter(jar -> jar.getFileName().toString().startsWith("org.csptransition.")))) {
            jars.filter(jar -> jar.toString().endsWith(".jar")).forEach(jar -> index(indexer, jar));
        } catch (IOException e) {
            throw new UncheckedIOException("the built service in " + app, e);
        }
        Index index = indexer.complete();
        Map<String, List<String>> roles = new HashMap<>();
        for (AnnotationInstance operation : index.getAnnotations(OPERATION)) {
            AnnotationValue id = operation.value("operationId");
            if (id == null || operation.target().kind() != org.jboss.jandex.AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = operation.target().asMethod();
            AnnotationInstance allowed = method.annotation(ROLES_ALLOWED);
            ClassInfo owner = method.declaringClass();
            if (allowed == null) {
                allowed = owner.declaredAnnotation(ROLES_ALLOWED);
            }
            roles.put(id.asString(), allowed == null ? List.of() : Arrays.asList(allowed.value().asStringArray()));
        }
        return roles;
    }

    private static void index(Indexer indexer, Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(file.entries())) {
                if (entry.getName().endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        indexer.index(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + jar, e);
        }
    }
}
