#!/usr/bin/env bash
# Generates the TypeScript client's types from every app's committed OpenAPI document (openapi-typescript), and
# compiles them with the thin openapi-fetch wrappers and the system test (src/) under strict tsc, into
# ../target/typescript/dist, where the system tests run it. Nothing generated is committed.
set -euo pipefail
cd "$(dirname "$0")"

source ../../tools/node-tools.sh
require_node "build the TypeScript client"
work=../target/typescript
# The tools' exact versions come from package-lock.json.
install_node_tools "$work"

rm -rf "$work/src" "$work/dist"
cp -r src tsconfig.json "$work/"
mkdir -p "$work/src/generated"
for app in careers-service directory-service competition-service gateway; do
  "$work/node_modules/.bin/openapi-typescript" "../../$app/openapi.yaml" \
    --output "$work/src/generated/${app%-service}.ts"
done
(cd "$work" && node_modules/.bin/tsc -p tsconfig.json)
