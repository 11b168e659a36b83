#!/bin/sh
# Times unkg's ingest of the corpus against Jena's TDB2 bulk loaders; see README.md.
# Usage: bench/ingest/run.sh [--runs N] [--threads N] [--root DIR] [--skip tx,parallel] [PATH...]   (from the project root)
set -e
cd "$(dirname "$0")/../.."
if [ ! -f target/unkg.jar ] || [ -n "$(find src pom.xml queries -newer target/unkg.jar -print -quit)" ]; then
  mvn -q -o package -DskipTests
fi
exec java -Xmx2g -cp target/unkg.jar bench/ingest/IngestBench.java "$@"
