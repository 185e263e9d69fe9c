package org.csptransition.system;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests in deploy/kubernetes, validated without a cluster: every document is read into the
 * Kubernetes API's own model (fabric8), which refuses a wrong type and, checked here, keeps no field the API does not
 * define, so a misspelt or misplaced field fails the build. Then what running at scale needs: two replicas per
 * service, probes on the health endpoints, requests and limits, a PodDisruptionBudget, settings only from ConfigMaps
 * and secrets only from Secrets, and the same port and schema as each service's application.properties.
 */
@DisplayName("The Kubernetes manifests (deploy/kubernetes)")
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path MANIFESTS = ROOT.resolve("deploy/kubernetes");
    private static final String SERVICES = "org.csptransition.system.KubernetesManifestsTest#services";
    /** Names of variables that carry a secret; their value must come from a Secret. */
    private static final Pattern SECRET = Pattern.compile("PASSWORD|SECRET|PRIVATE|CREDENTIAL");
    /** Who may do what: from a ConfigMap that ops create, never a value kept here. */
    private static final Set<String> TOKEN_SETTINGS = Set.of("MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES",
            "CSP_SECURITY_OPERATOR_TENANTS");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final List<HasMetadata> resources = new ArrayList<>();
    private static Map<String, Object> kustomization;

    record ServiceUnderTest(String name, Properties config) {
        int port() {
            return Integer.parseInt(config.getProperty("quarkus.http.port"));
        }

        String schema() {
            return config.getProperty("quarkus.flyway.schemas");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readManifests() throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        kustomization = yaml.load(Files.readString(MANIFESTS.resolve("kustomization.yaml")));
        for (Object file : (List<Object>) kustomization.get("resources")) {
            for (Object document : yaml.loadAll(Files.readString(MANIFESTS.resolve(String.valueOf(file))))) {
                if (document != null) {
                    String json = SERIALIZATION.asJson(document);
                    resources.add(SERIALIZATION.unmarshal(json, HasMetadata.class));
                }
            }
        }
        assertThat(services()).as("service folders under %s", ROOT).isNotEmpty();
    }

    static List<ServiceUnderTest> services() {
        try (Stream<Path> folders = Files.list(ROOT)) {
            return folders.filter(dir -> dir.getFileName().toString().endsWith("-service"))
                    .filter(dir -> Files.exists(dir.resolve("src/main/resources/application.properties")))
                    .sorted()
                    .map(dir -> new ServiceUnderTest(dir.getFileName().toString(), load(dir.resolve("src/main/resources/application.properties"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    @DisplayName("are valid Kubernetes objects")
    class Valid {

        @Test
        @DisplayName("every file of the kustomization is listed, and every document is a known kind with a name")
        void everyDocumentIsAKnownKind() throws IOException {
            try (Stream<Path> files = Files.list(MANIFESTS)) {
                assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                        .filter(name -> !name.equals("kustomization.yaml")))
                        .containsExactlyInAnyOrderElementsOf(resourceFiles());
            }
            assertThat(resources).isNotEmpty().allSatisfy(resource -> {
                assertThat(resource.getClass().getPackageName()).as("%s", resource.getKind()).startsWith("io.fabric8.kubernetes.api.model");
                assertThat(resource.getMetadata().getName()).as("name of a %s", resource.getKind()).isNotBlank();
            });
        }

        @Test
        @DisplayName("no document has a field the Kubernetes API does not define (a typo or a field in the wrong place)")
        void noUnknownField() {
            List<String> unknown = resources.stream()
                    .flatMap(resource -> unknownFields(resource, resource.getKind() + " " + resource.getMetadata().getName(),
                            new IdentityHashMap<>()).stream())
                    .toList();
            assertThat(unknown).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("the Deployment's selector matches its pods, and the Service and the PodDisruptionBudget select them")
        void selectorsMatch(ServiceUnderTest service) {
            Deployment deployment = deployment(service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(podLabels).containsAllEntriesOf(one(Service.class, service.name()).getSpec().getSelector());
            assertThat(podLabels).containsAllEntriesOf(one(PodDisruptionBudget.class, service.name()).getSpec().getSelector().getMatchLabels());
        }
    }

    @Nested
    @DisplayName("run every service at scale")
    class AtScale {

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("two replicas, replaced one at a time, spread over nodes")
        void twoReplicas(ServiceUnderTest service) {
            Deployment deployment = deployment(service);
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
            assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
            assertThat(pod(service).getTopologySpreadConstraints()).isNotEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("a PodDisruptionBudget keeps one replica up")
        void disruptionBudget(ServiceUnderTest service) {
            assertThat(one(PodDisruptionBudget.class, service.name()).getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("startup, liveness and readiness probes on the service's health endpoints and its own port")
        void probes(ServiceUnderTest service) {
            Container container = container(service);
            assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort).containsExactly(service.port());
            String portName = container.getPorts().get(0).getName();
            assertThat(List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe()))
                    .extracting(probe -> probe.getHttpGet().getPath())
                    .containsExactly("/q/health/started", "/q/health/live", "/q/health/ready");
            Stream.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())
                    .map(Probe::getHttpGet)
                    .forEach(get -> assertThat(get.getPort().getStrVal()).isEqualTo(portName));
            assertThat(one(Service.class, service.name()).getSpec().getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort()).isEqualTo(service.port()))
                    .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo(portName));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("CPU and memory requests and limits")
        void resources(ServiceUnderTest service) {
            var resources = container(service).getResources();
            assertThat(resources.getRequests()).containsKeys("cpu", "memory");
            assertThat(resources.getLimits()).containsKeys("cpu", "memory");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("not root, no privilege escalation, no capability, a read-only root file system with /tmp writable")
        void hardened(ServiceUnderTest service) {
            PodSpec pod = pod(service);
            Container container = container(service);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(185L);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).anySatisfy(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("the image the kustomization tags, named like the one deploy/build-images.sh builds")
        @SuppressWarnings("unchecked")
        void image(ServiceUnderTest service) {
            String image = container(service).getImage();
            assertThat(image).isEqualTo("csp/" + service.name());
            assertThat((List<Map<String, Object>>) kustomization.get("images"))
                    .anySatisfy(entry -> assertThat(entry).containsEntry("name", image).containsKey("newTag"));
        }
    }

    @Nested
    @DisplayName("take settings from ConfigMaps and secrets from Secrets")
    class Configuration {

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("every secret comes from a Secret; no value in the manifests is a password")
        void secretsFromSecrets(ServiceUnderTest service) {
            assertThat(env(service)).filteredOn(variable -> SECRET.matcher(variable.getName()).find()).isNotEmpty()
                    .allSatisfy(variable -> {
                        assertThat(variable.getValue()).as(variable.getName()).isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).as(variable.getName()).isNotNull();
                    });
            assertThat(resources).as("no Secret is kept in the repository").noneMatch(r -> r.getKind().equals("Secret"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("the token issuer, audience and operator tenants come from a ConfigMap ops create, and the key is mounted from one")
        void tokenSettingsFromConfigMaps(ServiceUnderTest service) {
            List<EnvVar> env = env(service);
            assertThat(env).extracting(EnvVar::getName).containsAll(TOKEN_SETTINGS);
            env.stream().filter(variable -> TOKEN_SETTINGS.contains(variable.getName())).forEach(variable -> {
                String configMap = variable.getValueFrom().getConfigMapKeyRef().getName();
                assertThat(resources).as("%s comes from %s, which is not kept here", variable.getName(), configMap)
                        .noneMatch(r -> r.getKind().equals("ConfigMap") && r.getMetadata().getName().equals(configMap));
            });
            String keyLocation = value(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
            assertThat(keyLocation).startsWith("file:");
            Path keyFile = Path.of(keyLocation.substring("file:".length()));
            var mount = container(service).getVolumeMounts().stream()
                    .filter(m -> keyFile.startsWith(m.getMountPath())).findFirst().orElseThrow();
            assertThat(mount.getReadOnly()).isTrue();
            assertThat(pod(service).getVolumes()).filteredOn(volume -> volume.getName().equals(mount.getName()))
                    .singleElement().satisfies(volume -> assertThat(volume.getConfigMap()).isNotNull());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(SERVICES)
        @DisplayName("Kafka and the database from the csp-config ConfigMap; its own schema, as the role that owns it")
        void infrastructureFromConfigMap(ServiceUnderTest service) {
            List<EnvVar> env = env(service);
            assertThat(env).filteredOn(variable -> variable.getName().equals("KAFKA_BOOTSTRAP_SERVERS")).singleElement()
                    .satisfies(variable -> assertThat(variable.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("csp-config"));
            assertThat(value(env, "QUARKUS_DATASOURCE_JDBC_URL")).startsWith("jdbc:postgresql://$(DATABASE_HOST):$(DATABASE_PORT)/")
                    .endsWith("?currentSchema=" + service.schema());
            assertThat(value(env, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(service.schema());
            // $(VAR) is expanded only from variables defined before it in the list
            List<String> names = env.stream().map(EnvVar::getName).toList();
            assertThat(names.indexOf("DATABASE_HOST")).isLessThan(names.indexOf("QUARKUS_DATASOURCE_JDBC_URL"));
            Map<String, String> config = one(ConfigMap.class, "csp-config").getData();
            env.stream().filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null)
                    .map(variable -> variable.getValueFrom().getConfigMapKeyRef())
                    .filter(ref -> ref.getName().equals("csp-config"))
                    .forEach(ref -> assertThat(config).as("csp-config").containsKey(ref.getKey()));
        }
    }

    private static List<String> resourceFiles() {
        @SuppressWarnings("unchecked")
        List<Object> files = (List<Object>) kustomization.get("resources");
        return files.stream().map(String::valueOf).toList();
    }

    private static Deployment deployment(ServiceUnderTest service) {
        return one(Deployment.class, service.name());
    }

    private static PodSpec pod(ServiceUnderTest service) {
        return deployment(service).getSpec().getTemplate().getSpec();
    }

    private static Container container(ServiceUnderTest service) {
        List<Container> containers = pod(service).getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static List<EnvVar> env(ServiceUnderTest service) {
        return container(service).getEnv();
    }

    private static String value(List<EnvVar> env, String name) {
        return env.stream().filter(variable -> variable.getName().equals(name)).map(EnvVar::getValue).findFirst().orElse(null);
    }

    private static <T extends HasMetadata> T one(Class<T> kind, String name) {
        List<T> found = resources.stream().filter(kind::isInstance).map(kind::cast)
                .filter(resource -> resource.getMetadata().getName().equals(name)).toList();
        assertThat(found).as("%s %s", kind.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }

    /**
     * Where fabric8 kept a field its model of the Kubernetes API does not define: each model object holds those in
     * its additional properties instead of refusing them, so the whole object tree is walked for them.
     */
    private static List<String> unknownFields(Object node, String path, IdentityHashMap<Object, Boolean> seen) {
        List<String> unknown = new ArrayList<>();
        if (node == null || seen.put(node, true) != null) {
            return unknown;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                unknown.addAll(unknownFields(element, path + "[" + i++ + "]", seen));
            }
            return unknown;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknown.addAll(unknownFields(value, path + "." + key, seen)));
            return unknown;
        }
        if (!(node instanceof KubernetesResource) && !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return unknown;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> unknown.add(path + "." + key));
                }
            } else {
                unknown.addAll(unknownFields(value, path + "." + getter.getName().substring(3), seen));
            }
        }
        return unknown;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + target.getClass(), e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
