#!/usr/bin/env bash
# A load test of `unkg serve` on loopback: REQUESTS mixed requests (cited-by queries POSTed to /sparql, explorer
# pages, linked-data pages, searches, 303s) from CLIENTS clients at once; prints throughput, p50 and p99 latency.
#
#   bench/load/run.sh [REQUESTS [CLIENTS]]     # from the project root; default 5000 requests, 32 clients
#   UNKG_BENCH_DATA=../shared/seeds bench/load/run.sh 2000 32   # another folder to ingest (default: data/)
#   MVN_OPTS_EXTRA=-o bench/load/run.sh        # build offline
#
# The server runs with the defaults of `unkg serve` (16 requests at once, the others wait their turn) on a free
# port, over a fresh store in a temporary folder; both are removed at the end. Exit status 1 if any request failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${1:-5000}
CLIENTS=${2:-32}
DATA=${UNKG_BENCH_DATA:-data}
mvn -q ${MVN_OPTS_EXTRA:-} package -DskipTests   # the jar of the code as it is
tmp=$(mktemp -d)
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
root=$(cd "$DATA/.." && pwd)
java -jar target/unkg.jar ingest --db "$tmp/db" --root "$root" -q "$DATA"
java -jar target/unkg.jar serve --db "$tmp/db" --root "$root" --port 0 > "$tmp/serve.log" 2>&1 &
server=$!
url=
for _ in $(seq 1 120); do
  url=$(sed -n 's/^unkg is serving .* at \(http[^ ]*\)$/\1/p' "$tmp/serve.log")
  [ -n "$url" ] && break
  sleep 0.5
done
[ -n "$url" ] || { echo "the server did not start:"; cat "$tmp/serve.log"; exit 1; }
# let the explorer's search index finish building before measuring
for _ in $(seq 1 240); do grep -q "search index\|indexed" "$tmp/serve.log" && break; sleep 0.5; done
echo "server: $url (data: $DATA); java: $(java -version 2>&1 | head -1); cores: $(nproc)"
java src/test/java/org/unkg/serve/LoadDriver.java "$url" "$REQUESTS" "$CLIENTS"
