#!/usr/bin/env bash
# Lints every app's committed OpenAPI document with Spectral (the spectral:oas ruleset and the project's
# .spectral.yaml): an error, or a warning the ruleset does not explain, fails the build. The committed documents are
# the served ones: each app's ServiceEndpointsTest fails when they differ.
set -euo pipefail
cd "$(dirname "$0")"

source ../tools/node-tools.sh
require_node "lint the OpenAPI documents"
# Spectral's exact version comes from package-lock.json.
tools=target/spectral
install_node_tools "$tools"

documents=(../*/openapi.yaml)
"$tools/node_modules/.bin/spectral" lint --ruleset ../.spectral.yaml --fail-severity warn "${documents[@]}"
