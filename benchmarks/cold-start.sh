#!/usr/bin/env bash
# Cold start of the packaged command, next to `java -version` measured in the same session.
# Each command runs once to warm the page cache, then RUNS times; prints min, median and max in
# seconds, and the machine it ran on. Usage (after ./mvnw package):
#   benchmarks/cold-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
launcher=app/target/baocao/bin/baocao
example=docs/examples/dan-van-kheo-2023/bao-cao.yaml
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"

# seconds of one run of "$@", from GNU time
one() {
  /usr/bin/time -o "$out/time" -f "%e" "$@" >/dev/null 2>&1
  cat "$out/time"
}

measure() {
  local label=$1; shift
  one "$@" >/dev/null # warm-up
  local times=()
  for _ in $(seq "$runs"); do times+=("$(one "$@")"); done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" -v n="$runs" '
    { t[NR] = $1 }
    END { printf "%-44s min %.2f  median %.2f  max %.2f  (n=%d)\n", label, t[1], t[int((n + 1) / 2)], t[n], n }'
}

for home in /usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64; do
  [ -x "$home/bin/java" ] || continue
  version=$("$home/bin/java" -version 2>&1 | head -1)
  echo "== $version"
  measure "java -version" "$home/bin/java" -version
  measure "baocao render (docx)" env JAVA_HOME="$home" "$launcher" render "$example" --format docx --out "$out"
  measure "baocao validate" env JAVA_HOME="$home" "$launcher" validate "$example"
done

# The self-contained distribution (after ./mvnw -Pdist package): its own jlink runtime, no JAVA_HOME.
for contained in app/target/baocao-*-linux-x64/bin/baocao; do
  [ -x "$contained" ] || continue
  echo "== self-contained: $(sed -n 's/^JAVA_VERSION=//p' "$(dirname "$contained")/../runtime/release")"
  measure "runtime/bin/java -version" "$(dirname "$contained")/../runtime/bin/java" -version
  measure "baocao render (docx)" env -u JAVA_HOME "$contained" render "$example" --format docx --out "$out"
  measure "baocao validate" env -u JAVA_HOME "$contained" validate "$example"
done
