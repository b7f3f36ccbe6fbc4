package org.jewelers.systemtests.fuzzing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * The routes an app really serves, read from its packaged classes rather than from its document: every JAX-RS
 * resource method (the class's {@code @Path}, the method's, and its HTTP method) and every reactive {@code @Route},
 * in the app's own jar and in the project's libraries packaged with it.
 */
final class ServedRoutes {

    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final DotName VERTX_ROUTE = DotName.createSimple("io.quarkus.vertx.web.Route");
    private static final DotName VERTX_ROUTE_BASE = DotName.createSimple("io.quarkus.vertx.web.RouteBase");

    private ServedRoutes() {
    }

    /** "METHOD /path" for every route of the app packaged in {@code module}, path parameters as {@code {name}}. */
    static Set<String> of(Path module) {
        Index index = index(module.resolve("target/quarkus-app"));
        Set<String> routes = new TreeSet<>();
        for (String httpMethod : HTTP_METHODS) {
            for (AnnotationInstance annotation : index.getAnnotations(DotName.createSimple("jakarta.ws.rs." + httpMethod))) {
                if (annotation.target().kind() == AnnotationTarget.Kind.METHOD) {
                    MethodInfo method = annotation.target().asMethod();
                    for (ClassInfo resource : resourcesServing(index, method.declaringClass())) {
                        routes.add(httpMethod + " " + join(pathOf(resource), pathOf(method)));
                    }
                }
            }
        }
        for (AnnotationInstance route : index.getAnnotations(VERTX_ROUTE)) {
            routes.addAll(reactiveRoutes(route));
        }
        return routes;
    }

    /**
     * The resource classes a method is served under: its own class, or, for a method an abstract resource declares
     * once for several (submission's OwnDraftsResource), each subclass with a path of its own.
     */
    private static List<ClassInfo> resourcesServing(Index index, ClassInfo declaring) {
        if (declaring.declaredAnnotation(PATH) == null) {
            List<ClassInfo> subclasses = index.getAllKnownSubclasses(declaring.name()).stream()
                    .filter(subclass -> subclass.declaredAnnotation(PATH) != null).toList();
            if (!subclasses.isEmpty()) {
                return subclasses;
            }
        }
        return List.of(declaring);
    }

    private static List<String> reactiveRoutes(AnnotationInstance route) {
        MethodInfo method = route.target().asMethod();
        AnnotationInstance base = method.declaringClass().declaredAnnotation(VERTX_ROUTE_BASE);
        String prefix = base == null || base.value("path") == null ? "" : base.value("path").asString();
        AnnotationValue path = route.value("path");
        String own = path == null ? method.name() : path.asString();
        AnnotationValue methods = route.value("methods");
        List<String> routes = new ArrayList<>();
        for (String verb : methods == null ? new String[] {"GET"} : methods.asEnumArray()) {
            routes.add(verb + " " + join(prefix, own));
        }
        return routes;
    }

    private static String pathOf(ClassInfo type) {
        AnnotationInstance path = type.declaredAnnotation(PATH);
        return path == null ? "" : path.value().asString();
    }

    private static String pathOf(MethodInfo method) {
        AnnotationInstance path = method.annotation(PATH);
        return path == null || path.target().kind() != AnnotationTarget.Kind.METHOD ? "" : path.value().asString();
    }

    /** Joins two path templates, dropping a parameter's regular expression: {@code {id: \d+}} is {@code {id}}. */
    private static String join(String first, String second) {
        String joined = ("/" + first + "/" + second).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*([\\w.-]+)\\s*(:[^}]*)?}", "{$1}");
    }

    private static Index index(Path quarkusApp) {
        if (!Files.isDirectory(quarkusApp)) {
            throw new IllegalStateException(quarkusApp + " is missing: package the apps first (./mvnw -DskipTests install)");
        }
        Indexer indexer = new Indexer();
        for (Path jar : ownJars(quarkusApp)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                        try (InputStream in = file.getInputStream(entry)) {
                            indexer.index(in);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return indexer.complete();
    }

    /** The app's own jar and the project's libraries: the only code here that can declare routes of ours. */
    private static List<Path> ownJars(Path quarkusApp) {
        try (Stream<Path> app = Files.list(quarkusApp.resolve("app"));
             Stream<Path> libraries = Files.list(quarkusApp.resolve("lib/main"))) {
            return Stream.concat(app, libraries.filter(jar -> jar.getFileName().toString().startsWith("org.jewelers.")))
                    .filter(jar -> jar.toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
