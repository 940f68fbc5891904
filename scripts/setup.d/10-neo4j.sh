#!/usr/bin/env bash
# Installs the Neo4j Community server the integration tests and `proxygraph neo4j start` run:
# Java 17+ (Debian's OpenJDK when missing and we are root), then the server's jars from Maven
# Central (neo4j/pom.xml) into .neo4j/lib. Idempotent and quiet; quick when already done (the
# stamp holds a hash of the pom). Fails loudly. Override the target with PROXYGRAPH_NEO4J_HOME.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
TARGET=${PROXYGRAPH_NEO4J_HOME:-$ROOT/.neo4j}
POM=$ROOT/neo4j/pom.xml
STAMP=$TARGET/lib/.installed

need_apt() {  # need_apt WHAT PACKAGE...: install the first package Debian has; only root can
    local what=$1; shift
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "10-neo4j.sh: $what is missing; install it (Debian: apt-get install $1)" >&2
        exit 1
    fi
    apt-get update -q >/dev/null
    for pkg in "$@"; do
        if apt-cache show "$pkg" >/dev/null 2>&1; then
            echo "10-neo4j.sh: installing $pkg with apt-get"
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg" >/dev/null
            return
        fi
    done
    echo "10-neo4j.sh: $what is missing and apt has none of: $*" >&2
    exit 1
}

java_major() {
    java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1
}

if [ -z "${JAVA_HOME:-}" ] && { ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; }; then
    need_apt "Java 17+" openjdk-17-jdk-headless openjdk-21-jdk-headless default-jdk-headless
fi
command -v mvn >/dev/null || need_apt "Maven" maven

hash=$(sha256sum "$POM" | cut -d' ' -f1)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$hash" ]; then
    exit 0
fi

echo "10-neo4j.sh: fetching the Neo4j server from Maven Central into $TARGET/lib"
rm -rf "$TARGET/lib.tmp"
mkdir -p "$TARGET"
mvn -q -B -f "$POM" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$TARGET/lib.tmp"
ls "$TARGET"/lib.tmp/neo4j-[0-9]*.jar >/dev/null  # the server itself must be there
echo "$hash" > "$TARGET/lib.tmp/.installed"
rm -rf "$TARGET/lib"
mv "$TARGET/lib.tmp" "$TARGET/lib"
echo "10-neo4j.sh: Neo4j $(ls "$TARGET"/lib/neo4j-[0-9]*.jar | sed 's/.*neo4j-\(.*\)\.jar/\1/') installed"
