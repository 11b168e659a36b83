#!/usr/bin/env bash
# Builds unkg and the JMH benchmark, runs it with short settings (about 6 minutes on 2 idle cores) and writes the
# results to bench/results/. Extra arguments go to JMH, e.g. `bench/run-extract.sh -i 5 -r 20s`.
# Set MVN_OPTS_EXTRA=-o to build offline from a populated ~/.m2.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn_flags=(-q ${MVN_OPTS_EXTRA:-})

echo "building unkg (target/unkg.jar)..."
mvn "${mvn_flags[@]}" -DskipTests package
echo "building the benchmark..."
mvn "${mvn_flags[@]}" -f bench/pom.xml compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime

mkdir -p bench/results
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
cp="bench/target/classes:$(cat bench/target/classpath.txt):target/unkg.jar"

# JMH's defaults are 5 forks of 5×10 s warm-up and 5×10 s measurement per benchmark (over 16 minutes for two
# benchmarks). One fork, two warm-up and five measured iterations of 10 s take about 1.2 minutes a benchmark, four
# benchmarks (extract and read, on one thread and on every core): PDFBox needs
# the second warm-up iteration to reach speed (the first pass over the corpus takes ~4 times as long).
java -cp "$cp" org.unkg.bench.BenchMain \
    -f 1 -wi 2 -w 10s -i 5 -r 10s \
    -rf json -rff "bench/results/extract-$stamp.json" \
    "$@" | tee "bench/results/extract-$stamp.txt"

echo "results: bench/results/extract-$stamp.txt and .json"
