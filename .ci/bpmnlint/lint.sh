#!/usr/bin/env bash
# Lints every BPMN model under processes/ with bpmnlint:recommended + camunda-compat (Camunda 7.24).
# Usage: bash .ci/bpmnlint/lint.sh   (installs the two npm packages into .ci/bpmnlint/node_modules once)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
if [ ! -x node_modules/.bin/bpmnlint ]; then
  npm install --no-audit --no-fund --silent
fi
mapfile -t models < <(find "$root/processes" "$root/src/test/resources/processes" -name "*.bpmn" 2>/dev/null | sort)
if [ ${#models[@]} -eq 0 ]; then
  echo "bpmnlint: no BPMN models under processes/"
  exit 0
fi
echo "bpmnlint: ${#models[@]} model(s)"
node_modules/.bin/bpmnlint --config "$here/.bpmnlintrc" --max-warnings=0 "${models[@]}"
echo "bpmnlint: all models pass"
