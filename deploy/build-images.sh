#!/usr/bin/env bash
# Builds every image of the suite with podman, without a Docker daemon or a registry:
#
#   the base images      deploy/images/build-base.sh (Debian's OpenJDK 17 runtime; Debian's PostgreSQL 15)
#   the stand-ins        csp/postgres-standin, csp/kafka-standin, csp/mail-standin: what docker-compose.yml runs in
#                        place of the public postgres, apache/kafka and mailpit images that cannot be pulled here
#   the four services    ${CSP_IMAGE_PREFIX}/<service>:${CSP_VERSION}, from deploy/images/service/Containerfile
#
# It needs the built jars first (./mvnw package -DskipTests, or deploy/compose-journey.sh, which does everything).
# Settings, all optional:
#   CSP_IMAGE_PREFIX   registry and folder of the service images (default csp, which podman keeps as localhost/csp)
#   CSP_VERSION        their tag (default: the project's version)
#   CSP_BASE_IMAGE     the Java base of the services and the Java stand-ins (default: the one build-base.sh makes);
#                      any image with a Java 17 runtime, curl and a user of uid 185
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${CSP_VERSION:-$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)}"
PREFIX="${CSP_IMAGE_PREFIX:-csp}"
REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
# A tree with changes is not the commit it names: say so in the label rather than claim the commit.
if [[ "$REVISION" != unknown ]] && ! git diff --quiet HEAD -- 2>/dev/null; then REVISION="$REVISION-dirty"; fi
CONTEXTS=deploy/target/contexts
started=$SECONDS

# Cached: a second run imports nothing. The PostgreSQL stand-in needs its base even when CSP_BASE_IMAGE is set.
deploy/images/build-base.sh
CSP_BASE_IMAGE="${CSP_BASE_IMAGE:-localhost/csp/base-jre:17}"

# --format docker: the OCI format has no HEALTHCHECK. --pull=never: every base is local or already pulled.
# The label lets the end of this script remove the images a rebuild left without a tag, and only those.
BUILT_BY=org.csptransition.built-by=deploy/build-images.sh
build() {
  podman build --quiet --format docker --pull=never --label "$BUILT_BY" --build-arg "BASE_IMAGE=$CSP_BASE_IMAGE" "$@" > /dev/null
}

require() {
  [[ -e "$1" ]] || { echo "build-images: $1 is missing: run ./mvnw package -DskipTests first" >&2; exit 1; }
}

# The jars a module resolved, from the runtime classpath its build wrote down (no second Maven run).
copy_classpath() {
  local classpath_file="$1" jar="$2" into="$3"
  require "$classpath_file"; require "$jar"
  rm -rf "$into" && mkdir -p "$into"
  tr ':' '\n' < "$classpath_file" | xargs -r cp -t "$into"
  cp "$jar" "$into"
}

# The stand-ins: contexts assembled in deploy/target, since their jars come from the build.
rm -rf "$CONTEXTS" && mkdir -p "$CONTEXTS"
cp -r deploy/images/postgres "$CONTEXTS/postgres"
podman build --quiet --format docker --pull=never --label "$BUILT_BY" -t localhost/csp/postgres-standin:15 "$CONTEXTS/postgres" > /dev/null
echo "built localhost/csp/postgres-standin:15"

cp -r deploy/images/kafka "$CONTEXTS/kafka" && mkdir -p "$CONTEXTS/kafka/empty"
copy_classpath kafka-broker/target/classes/kafka-broker.classpath "kafka-broker/target/kafka-broker-$VERSION.jar" "$CONTEXTS/kafka/libs"
build -t localhost/csp/kafka-standin:"$(basename "$(ls "$CONTEXTS"/kafka/libs/kafka_2.13-*.jar)" .jar | sed 's/^kafka_2.13-//')" \
      -t localhost/csp/kafka-standin:latest "$CONTEXTS/kafka"
echo "built localhost/csp/kafka-standin"

cp -r deploy/images/mail "$CONTEXTS/mail"
copy_classpath suite-infra/target/suite-infra.classpath "suite-infra/target/suite-infra-$VERSION.jar" "$CONTEXTS/mail/libs"
build -t localhost/csp/mail-standin:latest "$CONTEXTS/mail"
echo "built localhost/csp/mail-standin:latest"

for service in eligibility-service relationship-service transfer-service notification-service; do
  require "$service/target/quarkus-app/quarkus-run.jar"
  port=$(sed -n 's/^quarkus.http.port=//p' "$service/src/main/resources/application.properties")
  build -f deploy/images/service/Containerfile --build-arg "SERVICE=$service" --build-arg "PORT=$port" \
        --build-arg "VERSION=$VERSION" --build-arg "REVISION=$REVISION" -t "$PREFIX/$service:$VERSION" "$service"
  echo "built $PREFIX/$service:$VERSION ($REVISION)"
done
podman image prune --force --filter "label=$BUILT_BY" > /dev/null
echo "images built in $((SECONDS - started)) s"
