#!/usr/bin/env bash
# A load test of `unkg serve` on loopback: each kind of request in turn (cited-by, cites, a citation's context, the
# three-step lineage by SPARQL and by the explorer, a resolution's explorer and linked-data page, the top 20 by
# citations and by PageRank, a search, a 303), PER_KIND requests of each from CLIENTS clients at once, then all kinds
# mixed, then cited-by from one client; prints throughput, p50 and p99 of each, and the time from starting
# `unkg serve` to its first answer.
#
#   bench/load/run.sh [PER_KIND [CLIENTS]]     # from the project root; default 300 requests a kind, 32 clients
#   UNKG_BENCH_DATA=../shared/seeds bench/load/run.sh 200 32   # another folder to ingest (default: data/)
#   UNKG_BENCH_STORE=/tmp/db UNKG_BENCH_ROOT=. bench/load/run.sh   # serve an existing store (opened, never written)
#   UNKG_BENCH_KINDS=cited-by,page bench/load/run.sh            # only these kinds
#   UNKG_BENCH_SAMPLE=first bench/load/run.sh   # the first 200 resolutions listed (the oldest, most cited), not
#                                               # 200 drawn at random (seed 1) from all of them
#   UNKG_BENCH_COLD=1 bench/load/run.sh        # cold: each request about a resolution no request asked about
#                                               # before (nothing kept: memos, response cache, the disk's cache
#                                               # of that part of the store); warm (default): 200 resolutions, all
#                                               # asked about once in the warm-up
#   UNKG_BENCH_COLD=1 UNKG_BENCH_JIT_ROUNDS=0 bench/load/run.sh   # cold: how many times (default 10) the
#                                               # warm-up is sent again with Cache-Control: no-cache, to warm the
#                                               # server's JIT before measuring (0: not at all)
#   MVN_OPTS_EXTRA=-o bench/load/run.sh        # build offline; UNKG_BENCH_JAR=path skips the build
#
# The server runs with the defaults of `unkg serve` on a free port, over a fresh store in a temporary folder (or
# the store given); the temporary folder is removed at the end. Exit status 1 if any request failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
PER_KIND=${1:-300}
CLIENTS=${2:-32}
DATA=${UNKG_BENCH_DATA:-data}
JAR=${UNKG_BENCH_JAR:-target/unkg.jar}
if [ -z "${UNKG_BENCH_JAR:-}" ]; then
  mvn -q ${MVN_OPTS_EXTRA:-} package -DskipTests   # the jar of the code as it is
fi
tmp=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
if [ -n "${UNKG_BENCH_STORE:-}" ]; then
  db=$UNKG_BENCH_STORE
  root=$(cd "${UNKG_BENCH_ROOT:-.}" && pwd)
else
  db=$tmp/db
  root=$(cd "$DATA/.." && pwd)
  java -jar "$JAR" ingest --db "$db" --root "$root" -q "$DATA"
fi
# time to first answer: from starting the JVM to the first SPARQL result on the port
start=$(date +%s%N)
java ${UNKG_BENCH_JAVA_OPTS:-} -jar "$JAR" serve --db "$db" --root "$root" --port 0 > "$tmp/serve.log" 2>&1 &
server=$!
url=
first=
probe='SELECT ?r WHERE { ?r a <https://unkg.org/ontology#Resolution> } LIMIT 1'
for _ in $(seq 1 2400); do
  [ -z "$url" ] && url=$(sed -n 's/^unkg is serving .* at \(http[^ ]*\)$/\1/p' "$tmp/serve.log")
  if [ -n "$url" ] && curl -sf -o /dev/null -H 'Accept: application/sparql-results+json' \
      --data-urlencode "query=$probe" "${url}sparql"; then
    first=$(( ($(date +%s%N) - start) / 1000000 ))
    break
  fi
  kill -0 "$server" 2>/dev/null || break
  sleep 0.05
done
[ -n "$first" ] || { echo "the server did not answer:"; cat "$tmp/serve.log"; exit 1; }
echo "server: $url (store: $db); java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(uptime | sed 's/.*load/load/')"
echo "time to first answer: $first ms"
# let the explorer's search index finish building before measuring
for _ in $(seq 1 2400); do grep -q "search index\|indexed" "$tmp/serve.log" && break; sleep 0.5; done
grep "search index\|indexed" "$tmp/serve.log" || true
java src/test/java/org/unkg/serve/LoadDriver.java "$url" "$PER_KIND" "$CLIENTS" ${UNKG_BENCH_KINDS:-}
