#!/usr/bin/env bash
# Answers the health check docker-compose.yml runs against the apache/kafka image
# (kafka-broker-api-versions.sh --bootstrap-server HOST:PORT): exit 0 once the broker answers a client.
exec java -Xmx64m -XX:TieredStopAtLevel=1 -cp '/opt/kafka/libs/*' org.csptransition.infra.kafka.BrokerHealth "$@"
