#!/usr/bin/env bash
# The stand-in Kafka's entrypoint: the apache/kafka image's configuration contract, so docker-compose.yml runs with
# either image. Every KAFKA_* variable becomes a broker property (KAFKA_ dropped, lower case, "_" -> ".",
# "__" -> "_", "___" -> "-"), CLUSTER_ID formats empty storage once, then the broker runs in KRaft mode from the
# Kafka jars of Maven Central (the versions the services' kafka-clients come with, see the kafka-broker module).
set -euo pipefail

: "${CLUSTER_ID:?set CLUSTER_ID, the 22-character id the storage is formatted with}"
# In /tmp: the compose file may make the root file system read-only and mount a tmpfs there.
config=/tmp/server.properties
: > "$config"
while IFS='=' read -r name value; do
  case "$name" in
    KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_LOG4J_OPTS) continue ;;
    KAFKA_*)
      property=$(printf '%s' "${name#KAFKA_}" | sed -e 's/___/-/g' -e 's/__/@/g' -e 's/_/./g' -e 's/@/_/g' | tr '[:upper:]' '[:lower:]')
      printf '%s=%s\n' "$property" "$value" >> "$config" ;;
  esac
done < <(env)

classpath='/opt/kafka/libs/*'
# shellcheck disable=SC2086 # the options are a list of words, as in the official image
java ${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m} ${KAFKA_OPTS:-} -cp "$classpath" kafka.tools.StorageTool \
  format --cluster-id "$CLUSTER_ID" --config "$config" --ignore-formatted
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m} ${KAFKA_OPTS:-} -cp "$classpath" kafka.Kafka "$config"
