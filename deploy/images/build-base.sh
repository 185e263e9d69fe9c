#!/usr/bin/env bash
# Builds the two base images the suite's images start from, without a registry or a Docker daemon: a Debian
# (bookworm) file system made by debootstrap, imported into podman's local storage.
#
#   localhost/csp/base-jre:17   Debian's OpenJDK 17 runtime, curl (for health checks), user csp (uid 185)
#   localhost/csp/base-postgres:15   the same plus Debian's PostgreSQL 15, under the stand-in PostgreSQL image
#
# The file systems are cached in deploy/target/ (the repository's build output, git-ignored): a second run imports
# nothing when the image already carries this script's hash, and rebuilds when the script changes. Elsewhere, point
# CSP_BASE_IMAGE at a base from your registry instead (see docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SUITE=bookworm
CACHE=deploy/target/base
BASE_IMAGE=localhost/csp/base-jre:17
POSTGRES_IMAGE=localhost/csp/base-postgres:15
RECIPE=$(sha256sum deploy/images/build-base.sh | cut -c1-16)

built_from_this_recipe() {
  [[ "$(podman image inspect --format '{{ index .Labels "org.csptransition.recipe" }}' "$1" 2>/dev/null)" == "$RECIPE" ]]
}

import() {
  local rootfs="$1" image="$2"; shift 2
  tar --numeric-owner -C "$rootfs" -c . | podman import --quiet \
    --change "LABEL org.csptransition.recipe=$RECIPE" \
    --change "LABEL org.opencontainers.image.base.name=debian:$SUITE" \
    "$@" - "$image" > /dev/null
  echo "imported $image"
}

# Removes the package caches and documentation no container needs, so the images stay small.
slim() {
  local rootfs="$1"
  chroot "$rootfs" apt-get clean
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* \
         "$rootfs"/var/log/*.log "$rootfs"/var/cache/debconf/*-old
}

mkdir -p "$CACHE/debs"
if ! built_from_this_recipe "$BASE_IMAGE"; then
  rootfs="$CACHE/jre"
  if [[ ! -f "$CACHE/jre.$RECIPE" ]]; then
    rm -rf "$rootfs" "$CACHE"/jre.*
    # minbase: dpkg, apt and the essentials only; the JRE headless (no X11), and curl for the health checks.
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,curl,ca-certificates \
      --cache-dir="$(pwd)/$CACHE/debs" "$SUITE" "$rootfs" "$MIRROR"
    # The same uid/gid as the UBI OpenJDK images (185), so file ownership is the same whichever base is used.
    chroot "$rootfs" groupadd --gid 185 csp
    chroot "$rootfs" useradd --uid 185 --gid 185 --home-dir /deployments --no-create-home --shell /usr/sbin/nologin csp
    mkdir -p "$rootfs/deployments" && chown 185:185 "$rootfs/deployments"
    cp -a "$rootfs" "$CACHE/postgres-rootfs.tmp"
    slim "$rootfs"
    touch "$CACHE/jre.$RECIPE"
  fi
  import "$rootfs" "$BASE_IMAGE" --change "USER 185" --change "WORKDIR /deployments" \
    --change "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64" --change "ENV LANG=C.UTF-8"
fi

if ! built_from_this_recipe "$POSTGRES_IMAGE"; then
  rootfs="$CACHE/postgres"
  if [[ ! -f "$CACHE/postgres.$RECIPE" ]]; then
    rm -rf "$rootfs" "$CACHE"/postgres.*
    [[ -d "$CACHE/postgres-rootfs.tmp" ]] || { echo "rebuild the base first: rm -rf $CACHE" >&2; exit 1; }
    mv "$CACHE/postgres-rootfs.tmp" "$rootfs"
    # The entrypoint creates the cluster from the environment; no cluster and no service start at install time.
    mkdir -p "$rootfs/etc/postgresql-common"
    echo "create_main_cluster = false" > "$rootfs/etc/postgresql-common/createcluster.conf"
    printf '#!/bin/sh\nexit 101\n' > "$rootfs/usr/sbin/policy-rc.d" && chmod +x "$rootfs/usr/sbin/policy-rc.d"
    cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
    chroot "$rootfs" apt-get update -q
    chroot "$rootfs" apt-get install -y -q --no-install-recommends postgresql-15
    # The data directory the compose volume mounts: podman copies its owner into a new volume.
    mkdir -p "$rootfs/var/lib/postgresql/data"
    chroot "$rootfs" chown -R postgres:postgres /var/lib/postgresql
    rm "$rootfs/usr/sbin/policy-rc.d"
    slim "$rootfs"
    touch "$CACHE/postgres.$RECIPE"
  fi
  import "$rootfs" "$POSTGRES_IMAGE" --change "ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --change "ENV LANG=C.UTF-8"
fi
rm -rf "$CACHE/postgres-rootfs.tmp"
