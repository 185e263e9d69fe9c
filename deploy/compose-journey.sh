#!/usr/bin/env bash
# One command: builds the services, builds every image (deploy/build-images.sh), starts docker-compose.yml under
# podman-compose and waits for its health checks (deploy/compose-stack.sh up), walks the journey against the
# containers and tears the stack down (ComposeJourneyIT in system-tests). Needs podman, podman-compose and runc
# (.ci/run installs them and writes /etc/containers/containers.conf); run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v podman-compose > /dev/null || { echo "compose-journey: podman-compose is not installed (see .ci/run)" >&2; exit 1; }
# Only the journey's test runs; every other module is packaged, not tested.
exec ./mvnw verify -pl system-tests -am -Pcompose-journey "$@" \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ComposeJourneyIT -Dfailsafe.failIfNoSpecifiedTests=false
