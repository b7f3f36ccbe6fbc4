#!/usr/bin/env bash
# Generates the TypeScript client's types from every app's committed OpenAPI document (openapi-typescript), and
# compiles them with the thin openapi-fetch wrappers and the system test (src/) under strict tsc, into
# ../target/typescript/dist, where the system tests run it. Nothing generated is committed.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  if [ "${CI:-}" = "true" ]; then
    echo "Node.js and npm are needed to build the TypeScript client (.ci/run installs them)" >&2
    exit 1
  fi
  echo "WARNING: Node.js or npm is missing: the TypeScript client is not built here (CI fails instead)" >&2
  exit 0
fi

work=../target/typescript
mkdir -p "$work"
# The tools' exact versions come from package-lock.json; they are installed again only when the lock file changed.
if ! cmp -s package-lock.json "$work/package-lock.json"; then
  rm -rf "$work/node_modules"
  cp package.json package-lock.json "$work/"
  (cd "$work" && npm ci --no-audit --no-fund --loglevel=error)
fi

rm -rf "$work/src" "$work/dist"
cp -r src tsconfig.json "$work/"
mkdir -p "$work/src/generated"
for app in careers-service directory-service competition-service gateway; do
  "$work/node_modules/.bin/openapi-typescript" "../../$app/openapi.yaml" \
    --output "$work/src/generated/${app%-service}.ts"
done
(cd "$work" && node_modules/.bin/tsc -p tsconfig.json)
