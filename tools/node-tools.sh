# Sourced by the build's Node.js steps (openapi-lint/lint.sh, clients/typescript/build.sh): one rule for a machine
# without Node.js, and one way to install a step's exact tools.

# Ends the calling script when Node.js or npm is missing: failing under CI=true (.ci/run installs them), else with a
# warning and success, so that a developer's build without Node.js goes on without that step.
require_node() {
  local step=$1
  if command -v node >/dev/null && command -v npm >/dev/null; then
    return 0
  fi
  if [ "${CI:-}" = "true" ]; then
    echo "Node.js and npm are needed to $step (.ci/run installs them)" >&2
    exit 1
  fi
  echo "WARNING: Node.js or npm is missing, so this step is skipped here (CI fails instead): $step" >&2
  exit 0
}

# Installs the exact versions of the current folder's package-lock.json into the given folder, again only when the
# lock file has changed since the last install there.
install_node_tools() {
  local folder=$1
  if ! cmp -s package-lock.json "$folder/package-lock.json"; then
    rm -rf "$folder" && mkdir -p "$folder"
    cp package.json package-lock.json "$folder/"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
