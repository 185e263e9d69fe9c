#!/usr/bin/env bash
# Runs docker-compose.yml under podman-compose on one machine, as a local trial (the dev key pair, the trial
# passwords, the infrastructure on 127.0.0.1) with the stand-in images deploy/build-images.sh makes:
#
#   deploy/compose-stack.sh up      start PostgreSQL, Kafka and the mail catcher, wait until each is healthy, then the
#                                   four services, and wait until each is healthy (ready: database and Kafka reached)
#   deploy/compose-stack.sh down    stop and remove the containers, the network and the data volumes
#   deploy/compose-stack.sh ps|logs <service>
#
# Values come from the shell first, then deploy/local-trial.env and deploy/standins.env, so a caller can move the
# published ports (ELIGIBILITY_PORT ... NOTIFICATION_PORT, POSTGRES_HOST_PORT, KAFKA_HOST_PORT, MAIL_UI_HOST_PORT,
# MAIL_SMTP_HOST_PORT) or use its own key file (JWT_PUBLIC_KEY_FILE). podman-compose 1.0.3 has no --env-file and
# ignores depends_on's condition: service_healthy, hence the two phases here, each waiting on the compose file's own
# health checks, run with `podman healthcheck run` (podman runs them on a timer only under systemd).
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECT=csp-transition-suite
INFRASTRUCTURE=(postgres kafka mailcatcher)
SERVICES=(eligibility-service relationship-service transfer-service notification-service)
HEALTH_TIMEOUT="${CSP_HEALTH_TIMEOUT:-240}"

# Exports KEY=VALUE lines of a file unless the shell already set KEY.
defaults_from() {
  local key value
  while IFS='=' read -r key value; do
    [[ "$key" =~ ^[A-Z_][A-Z0-9_]*$ ]] || continue
    [[ -n "${!key+set}" ]] || export "$key=$value"
  done < "$1"
}
defaults_from deploy/local-trial.env
defaults_from deploy/standins.env
export CSP_REVISION="${CSP_REVISION:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"

compose() {
  podman-compose --no-ansi -p "$PROJECT" -f docker-compose.yml -f docker-compose.local-trial.yml "$@"
}

container() {
  echo "${PROJECT}_$1_1"
}

await_healthy() {
  local service started=$SECONDS
  for service in "$@"; do
    until podman healthcheck run "$(container "$service")" > /dev/null 2>&1; do
      if [[ "$(podman inspect --format '{{.State.Running}}' "$(container "$service")" 2>/dev/null)" != true ]]; then
        echo "compose-stack: $service is not running; its log:" >&2
        podman logs --tail 80 "$(container "$service")" >&2 || true
        return 1
      fi
      if (( SECONDS - started > HEALTH_TIMEOUT )); then
        echo "compose-stack: $service not healthy within ${HEALTH_TIMEOUT} s; its log:" >&2
        podman logs --tail 80 "$(container "$service")" >&2 || true
        return 1
      fi
      sleep 2
    done
    echo "healthy: $service ($((SECONDS - started)) s)"
  done
}

case "${1:-}" in
  up)
    [[ -f "$JWT_PUBLIC_KEY_FILE" ]] || { echo "compose-stack: no key file $JWT_PUBLIC_KEY_FILE (run ./suite token ... once)" >&2; exit 1; }
    compose up -d --no-build "${INFRASTRUCTURE[@]}" > /dev/null
    await_healthy "${INFRASTRUCTURE[@]}"
    compose up -d --no-build "${SERVICES[@]}" > /dev/null 2>&1
    await_healthy "${SERVICES[@]}"
    ;;
  down)
    compose down -v > /dev/null 2>&1 || true
    # podman-compose 1.0.3's down -v leaves the named volumes and the network behind: remove this project's, so the
    # next up starts empty.
    podman volume ls --quiet --filter "label=io.podman.compose.project=$PROJECT" | xargs -r podman volume rm --force > /dev/null
    podman network ls --quiet --filter "name=^${PROJECT}_default\$" | xargs -r podman network rm --force > /dev/null
    ;;
  ps)
    compose ps
    ;;
  logs)
    podman logs "$(container "${2:?logs needs a service name}")"
    ;;
  *)
    echo "usage: deploy/compose-stack.sh up|down|ps|logs <service>" >&2
    exit 2
    ;;
esac
